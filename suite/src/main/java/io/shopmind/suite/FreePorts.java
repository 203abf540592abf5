package io.shopmind.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Six free consecutive ports (the gateway's and the five services') between 20000 and 50000. */
public final class FreePorts {

    private FreePorts() {
    }

    public static int block() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = 20_000 + (int) (Math.random() * 30_000);
            if (allFree(base, 6)) {
                return base;
            }
        }
        throw new UncheckedIOException(new IOException("No block of six free ports"));
    }

    private static boolean allFree(int base, int count) {
        for (int port = base; port < base + count; port++) {
            try (ServerSocket socket = new ServerSocket(port)) {
                socket.setReuseAddress(true);
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }
}
