package eu.competitiondesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("application")
@QuarkusTest
class WorkerThreadsDefaultTest {

    /** The worker pool that runs blocking requests. */
    @Inject
    ExecutorService workerPool;

    @Test
    void twoWorkersPerCoreAndNeverFewerThanFour() {
        assertEquals(4, WorkerThreadsDefault.workersFor(1));
        assertEquals(4, WorkerThreadsDefault.workersFor(2));
        assertEquals(16, WorkerThreadsDefault.workersFor(8));
    }

    @Test
    void theWorkerPoolRunsAsManyTasksAtOnceAsTheCoresAllow() throws Exception {
        int workers = WorkerThreadsDefault.workersFor(Runtime.getRuntime().availableProcessors());
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        List<Future<?>> tasks = new ArrayList<>();
        for (int i = 0; i < 3 * workers; i++) {
            tasks.add(workerPool.submit(() -> {
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                release.await(10, TimeUnit.SECONDS);
                running.decrementAndGet();
                return null;
            }));
        }
        // The pool fills up to its size; the tasks beyond wait, so no more than that ever run at once.
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (running.get() < workers && System.nanoTime() < giveUp) {
            Thread.onSpinWait();
        }
        release.countDown();
        for (Future<?> task : tasks) {
            task.get(10, TimeUnit.SECONDS);
        }
        assertEquals(workers, mostAtOnce.get());
    }
}
