/**
 * FAQ answers by retrieval, pure Java (no Spring, JPA or servlet): Lucene BM25 over the shop's articles in English
 * and Chinese, blended with sentence-embedding similarity, and a score below which the bot gives no answer.
 */
@PlainJava
package io.shopmind.supportbot.faq;

import io.shopmind.model.PlainJava;
