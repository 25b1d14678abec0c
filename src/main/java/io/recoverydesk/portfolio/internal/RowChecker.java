package io.recoverydesk.portfolio.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Checks a batch of rows on two threads: the last three fifths on a helper thread while
 * the caller checks the rest; answers in the batch's order. One helper per import,
 * stopped when the import has read its file.
 */
final class RowChecker implements AutoCloseable {

    static final int BATCH = 2_000;

    private final RowValidator validator;

    private final ExecutorService helper = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "placement-check");
        thread.setDaemon(true);
        return thread;
    });

    RowChecker(RowValidator validator) {
        this.validator = validator;
    }

    List<RowValidator.Checked> check(List<RowSource.Row> rows) {
        // the caller also reads the file and stages: the helper takes the larger part
        int half = rows.size() * 2 / 5;
        List<RowSource.Row> second = List.copyOf(rows.subList(half, rows.size()));
        Future<List<RowValidator.Checked>> later = helper.submit(() -> checkAll(second));
        List<RowValidator.Checked> checked = new ArrayList<>(rows.size());
        checked.addAll(checkAll(rows.subList(0, half)));
        try {
            checked.addAll(later.get());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking the placement rows", ex);
        }
        catch (ExecutionException ex) {
            throw ex.getCause() instanceof RuntimeException re ? re
                    : new IllegalStateException("checking the placement rows failed", ex.getCause());
        }
        return checked;
    }

    private List<RowValidator.Checked> checkAll(List<RowSource.Row> rows) {
        List<RowValidator.Checked> checked = new ArrayList<>(rows.size());
        for (RowSource.Row row : rows) {
            checked.add(validator.check(row));
        }
        return checked;
    }

    @Override
    public void close() {
        helper.shutdownNow();
    }

}
