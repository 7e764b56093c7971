package cn.perftarget.workflow.settings;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Settings read from the database, kept on this node for a short while ({@link #LIFE}): every approval action needs
 * the region's review settings and working-day calendar, which change a few times a year. A change made through this
 * node forgets them at once (and again when its transaction ends, so that a value read meanwhile from before the
 * commit is not kept); a change made on another node of a cluster applies here within {@link #LIFE}, as the rule
 * settings do ({@code RegionValidators}).
 */
public final class ShortLivedCache<K, V> {

    /** How long a value is used before it is read again. */
    public static final Duration LIFE = Duration.ofSeconds(2);

    private record Kept<V>(V value, long readAtNanos) {}

    private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();
    private final long lifeNanos;

    public ShortLivedCache() {
        this(LIFE);
    }

    public ShortLivedCache(Duration life) {
        this.lifeNanos = life.toNanos();
    }

    /** The kept value, or the one {@code read} gives now (then kept). */
    public V get(K key, Supplier<V> read) {
        long now = System.nanoTime();
        Kept<V> k = kept.get(key);
        if (k != null && now - k.readAtNanos() < lifeNanos) {
            return k.value();
        }
        V value = read.get();
        kept.put(key, new Kept<>(value, now));
        return value;
    }

    /** Forgets every value now and when the current transaction (if any) ends. */
    public void clear() {
        kept.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    kept.clear();
                }
            });
        }
    }
}
