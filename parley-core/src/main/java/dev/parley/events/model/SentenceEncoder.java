package dev.parley.events.model;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.List;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (384 dimensions, unit length), run by ONNX Runtime
 * inside the JVM from the model bundled in LangChain4j's Maven Central jar: nothing is downloaded.
 * Batches run on the calling thread, so a runner's worker threads are the only ones doing work.
 * Thread-safe.
 */
public final class SentenceEncoder {
  public static final int DIMENSIONS = 384;
  private final AllMiniLmL6V2EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel(Runnable::run);

  /** One vector per text, in order. */
  public float[][] encode(List<String> texts) {
    if (texts.isEmpty()) {
      return new float[0][];
    }
    List<Embedding> embeddings =
        model.embedAll(texts.stream().map(TextSegment::from).toList()).content();
    float[][] out = new float[texts.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = embeddings.get(i).vector();
    }
    return out;
  }
}
