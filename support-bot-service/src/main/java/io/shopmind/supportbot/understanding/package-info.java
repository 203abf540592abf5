/**
 * Intent classification, pure Java (no Spring, JPA or servlet): word and character n-gram TF-IDF (Chinese segmented
 * by Lucene's smartcn), sentence embeddings from ONNX models shipped inside Maven artifacts, a multinomial logistic
 * regression fitted by SGD over sparse rows, temperature-scaled confidence and an out-of-scope rule chosen on
 * validation data.
 */
@PlainJava
package io.shopmind.supportbot.understanding;

import io.shopmind.model.PlainJava;
