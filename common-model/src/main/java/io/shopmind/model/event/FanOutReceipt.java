package io.shopmind.model.event;

import java.util.List;

/** The gateway's answer when every service accepted a batch: one receipt per service. */
public record FanOutReceipt(int events, List<EventBatchReceipt> services) {
}
