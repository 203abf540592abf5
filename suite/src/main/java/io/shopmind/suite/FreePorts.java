package io.shopmind.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * Six free consecutive ports (the gateway's and the five services'), between 20000 and Linux's ephemeral range
 * (32768 and up): a port found free there can still be taken by any outgoing connection before a slow start binds
 * it, which is how an arm's suite once failed to start on a busy machine.
 */
public final class FreePorts {

    private static final int FIRST = 20_000;
    private static final int EPHEMERAL = 32_768;

    private FreePorts() {
    }

    public static int block() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = FIRST + (int) (Math.random() * (EPHEMERAL - FIRST - 6));
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
