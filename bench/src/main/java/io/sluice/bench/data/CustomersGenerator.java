package io.sluice.bench.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The {@code customers} table: {@code customer_id,name,country,segment,signup_date}, ids 1..M, one line each.
 * Names mix ASCII and non-ASCII UTF-8 letters (no commas or quotes); country uses the orders' distribution;
 * segment is consumer 70%, smb 25%, enterprise 5%; signup_date is uniform over 2019-01-01 .. 2023-12-31.
 */
public final class CustomersGenerator {
    public static final String HEADER = "customer_id,name,country,segment,signup_date"; //$NON-NLS-1$
    static final LocalDate FIRST_SIGNUP = LocalDate.of(2019, 1, 1);
    static final int SIGNUP_DAYS = 5 * 365;
    private static final String[] FIRST_NAMES = {"Ada", "Bruno", "Chloé", "Dmitri", "Elena", "Farid", "Greta", "Hiro", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
        "Ines", "Jonas", "Kai", "Łucja", "Mateo", "Noor", "Olu", "Priya", "Quinn", "Rosa", "Søren", "Tomás", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
        "Uma", "Viktor", "Wen", "Yusuf", "Zoë"}; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    private static final String[] LAST_NAMES = {"Andersen", "Becker", "Costa", "Dubois", "Eriksson", "Fischer", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        "García", "Hansen", "Ito", "Jensen", "Kowalski", "Lopez", "Müller", "Nakamura", "O'Brien", "Petrov", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
        "Rossi", "Singh", "Tanaka", "Van Dijk", "Weber", "Yılmaz", "Zhang"}; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
    static final Weighted SEGMENTS = new Weighted(new String[] {"consumer", "smb", "enterprise"}, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            new double[] {70, 25, 5});
    private static final long SALT = 0x637573746FL;

    private final long seed;
    private final long customers;
    private final byte[][] firstNames = utf8(FIRST_NAMES);
    private final byte[][] lastNames = utf8(LAST_NAMES);
    private final byte[][] signupDays = new byte[SIGNUP_DAYS][];

    public CustomersGenerator(long seed, long customers) {
        if (customers < 0) {
            throw new IllegalArgumentException("expected customers >= 0, got " + customers); //$NON-NLS-1$
        }
        this.seed = seed;
        this.customers = customers;
        for (int d = 0; d < SIGNUP_DAYS; d++) {
            signupDays[d] = OrdersGenerator.ascii(FIRST_SIGNUP.plusDays(d).toString());
        }
    }

    public void write(Path file, int threads) throws IOException {
        ChunkedCsvWriter.write(file, OrdersGenerator.ascii(HEADER + "\n"), customers, threads, this::format); //$NON-NLS-1$
    }

    void format(long first, int count, AsciiBuffer out) {
        RowRandom r = new RowRandom();
        for (long i = first; i < first + count; i++) {
            long id = i + 1;
            r.at(seed, SALT, id);
            out.putLong(id).put((byte) ',');
            out.put(firstNames[r.nextInt(firstNames.length)]).put((byte) ' ').put(lastNames[r.nextInt(lastNames.length)]);
            out.put((byte) ',').put(OrdersGenerator.COUNTRIES.bytes(OrdersGenerator.COUNTRIES.draw(r)));
            out.put((byte) ',').put(SEGMENTS.bytes(SEGMENTS.draw(r)));
            out.put((byte) ',').put(signupDays[r.nextInt(SIGNUP_DAYS)]).put((byte) '\n');
        }
    }

    private static byte[][] utf8(String[] names) {
        byte[][] b = new byte[names.length][];
        for (int i = 0; i < names.length; i++) {
            b[i] = names[i].getBytes(StandardCharsets.UTF_8);
        }
        return b;
    }
}
