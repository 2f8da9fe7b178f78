package org.dossier.spark;

/** The command line of {@link RestoreJob}: {@code INPUT OUTPUT [--partitions N] [--max-bytes N]}. */
record JobArgs(String input, String output, int partitions, long maxBytes) {

    static final long DEFAULT_MAX_BYTES = 256L << 20;

    static JobArgs parse(String... args) {
        String input = null;
        String output = null;
        int partitions = 0;
        long maxBytes = DEFAULT_MAX_BYTES;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--partitions" -> partitions = (int) number(args, ++i, "--partitions");
                case "--max-bytes" -> maxBytes = number(args, ++i, "--max-bytes");
                default -> {
                    if (args[i].startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + args[i]);
                    } else if (input == null) {
                        input = args[i];
                    } else if (output == null) {
                        output = args[i];
                    } else {
                        throw new IllegalArgumentException("unexpected argument " + args[i]);
                    }
                }
            }
        }
        if (output == null) {
            throw new IllegalArgumentException("INPUT and OUTPUT are required");
        }
        return new JobArgs(input, output, partitions, maxBytes);
    }

    private static long number(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a number");
        }
        try {
            long n = Long.parseLong(args[i]);
            if (n < 1) {
                throw new IllegalArgumentException(option + " must be at least 1, not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not " + args[i]);
        }
    }
}
