package io.shopmind.recommendation.ingest;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Work that must see the current transaction's writes: caches dropped or reloaded once they are visible. */
public final class AfterCommit {

    private AfterCommit() {
    }

    /** Runs {@code action} once the current transaction commits, or at once when there is none. */
    public static void run(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
