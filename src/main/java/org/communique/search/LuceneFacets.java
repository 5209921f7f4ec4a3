package org.communique.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.Bits;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.SimpleCollector;
import org.communique.statement.Statement;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.search.spi.LuceneMigrationUtils;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.mapper.orm.scope.SearchScope;

/**
 * A search's number of matches and its five facets, counted in one pass over the matches of the embedded Lucene
 * index, beside the search for the page of hits: each match's values are read once from the index's doc values and
 * counted by their ordinal in the segment (a plain array), and turned into words once a segment. Hibernate Search's
 * terms aggregations (8.2) keep a bucket of collectors for each value and look it up in hash maps at every match, and
 * counting every match made the engine score every match: at 1,000,000 statements a search matching half of them
 * took 198 ms that way, and 69–73 ms this way (the benchmarks' notebook, "Facets counted apart").
 * <p>
 * The query is Hibernate Search's own for the same predicate ({@link LuceneMigrationUtils#toLuceneQuery}), run on the
 * same index; the fields are read as the mapping stores them (keywords as sorted sets of terms, numbers as sorted
 * numbers). The statements' index holds no nested documents, so every document is a statement. The counts and the
 * page of hits are read from the index as each finds it: a change committed between the two may show in one only.
 */
final class LuceneFacets {

    /** Each segment's counts over all its statements, while the segment (with its deletions) is read. */
    private final Map<IndexReader.CacheKey, Counter> wholeSegments = new ConcurrentHashMap<>();
    /** Where counts are begun, beside the search for the page of hits ({@code null}: on the caller's thread). */
    private final Executor beside;

    LuceneFacets(Executor beside) {
        this.beside = beside;
    }

    /** Counts on threads of its own, one a processor (idle ones let go), until {@link #close()}. */
    static LuceneFacets onThreadsOfItsOwn() {
        int processors = Runtime.getRuntime().availableProcessors();
        AtomicInteger threads = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(processors, processors, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(4 * processors), work -> {
                    Thread thread = new Thread(work, "search-facets-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return new LuceneFacets(pool);
    }

    /** Lets its threads go (counts begun later are counted by their callers). */
    void close() {
        if (beside instanceof ExecutorService pool) {
            pool.shutdownNow();
        }
    }

    /**
     * Begins counting what the predicate matches, on a thread of its own while one is free, so that the caller can
     * search for its page of hits meanwhile; {@link Pending#get()} waits for the counts, or counts on the caller's
     * thread when no thread has taken them up yet (a busy machine does not queue a search behind others' counts).
     * <p>
     * Words alone ({@code wordsAlone}: no dates, parties or other conditions) that match more than half the archive
     * are counted from the other side: the counts of the whole archive, kept per segment as long as the segment is
     * read, less the counts of the statements the words do not match. A word that most statements hold then costs a
     * count of its matches and a pass over the few others, not a pass over all of them.
     */
    Pending start(SearchScope<Statement> scope, SearchPredicate predicate, boolean wordsAlone, Duration timeLimit) {
        Query query = LuceneMigrationUtils.toLuceneQuery(predicate);
        IndexReader reader = scope.extension(LuceneExtension.get()).openIndexReader();
        Pending pending = new Pending(() -> {
            try (reader) {
                return count(reader, query, wordsAlone, timeLimit);
            }
        });
        if (beside != null) {
            try {
                beside.execute(pending);
            } catch (RejectedExecutionException e) {
                // the caller counts them
            }
        }
        return pending;
    }

    /** Counts begun: {@link #get()} the counts, or {@code null} when the time limit came first (they would be partial). */
    static final class Pending extends FutureTask<Counted> {
        Pending(Callable<Counted> counting) {
            super(counting);
        }

        @Override
        public Counted get() {
            run(); // counts here unless a thread has begun them (or finished)
            try {
                return super.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the facets were counted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException unchecked ? unchecked
                        : new UncheckedIOException("The search index could not be read",
                        e.getCause() instanceof IOException io ? io : new IOException(e.getCause()));
            }
        }
    }

    private Counted count(IndexReader reader, Query query, boolean wordsAlone, Duration timeLimit) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        long deadline = System.nanoTime() + timeLimit.toNanos();
        searcher.setTimeout(() -> System.nanoTime() - deadline > 0);
        Counter counted;
        if (wordsAlone && mostOf(searcher, query)) {
            Query others = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER)
                    .add(query, BooleanClause.Occur.MUST_NOT).build();
            counted = whole(reader);
            counted.subtract(searcher.search(others, new Counting()));
        } else {
            counted = searcher.search(query, new Counting());
        }
        return searcher.timedOut() ? null : counted.counted();
    }

    /**
     * Whether the query matches more than half the index: counted only when the engine's estimate of its matches (the
     * cost of iterating them, an upper bound read from the terms' statistics) says it may.
     */
    private static boolean mostOf(IndexSearcher searcher, Query query) throws IOException {
        int half = searcher.getIndexReader().numDocs() / 2;
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
        long estimate = 0;
        for (LeafReaderContext segment : searcher.getIndexReader().leaves()) {
            ScorerSupplier matches = weight.scorerSupplier(segment);
            estimate += matches == null ? 0 : matches.cost();
        }
        return estimate > half && searcher.count(query) > half && !searcher.timedOut();
    }

    /** The counts of every statement in the index, from each segment's counts (counted the first time it is read). */
    private Counter whole(IndexReader reader) {
        Counter all = new Counter();
        for (LeafReaderContext segment : reader.leaves()) {
            IndexReader.CacheHelper cache = segment.reader().getReaderCacheHelper();
            if (cache == null) {
                all.add(wholeSegment(segment));
            } else {
                all.add(wholeSegments.computeIfAbsent(cache.getKey(), key -> {
                    cache.addClosedListener(wholeSegments::remove);
                    return wholeSegment(segment);
                }));
            }
        }
        return all;
    }

    private static Counter wholeSegment(LeafReaderContext segment) {
        try {
            Counter counter = new Counter();
            counter.getLeafCollector(segment);
            Bits live = segment.reader().getLiveDocs();
            for (int doc = 0; doc < segment.reader().maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    counter.collect(doc);
                }
            }
            counter.endSegment();
            return counter;
        } catch (IOException e) {
            throw new UncheckedIOException("The search index could not be read", e);
        }
    }

    /** How many statements match, and the facets' counts. */
    record Counted(long total, FacetCounts facets) {
    }

    private static final class Counting implements CollectorManager<Counter, Counter> {
        @Override
        public Counter newCollector() {
            return new Counter();
        }

        @Override
        public Counter reduce(Collection<Counter> collectors) {
            Counter all = new Counter();
            for (Counter counter : collectors) {
                counter.endSegment();
                all.add(counter);
            }
            return all;
        }
    }

    /** Counts the matches' values, by ordinal within a segment and by value across segments. */
    private static final class Counter extends SimpleCollector {
        private long total;
        private final Map<String, Long> parties = new HashMap<>();
        private final Map<String, Long> types = new HashMap<>();
        private final Map<String, Long> publishers = new HashMap<>();
        private final NumberCounts officials = new NumberCounts();
        private final NumberCounts years = new NumberCounts();

        private final List<SegmentTerms> terms = new ArrayList<>(3);
        private SortedNumericDocValues officialValues;
        private SortedNumericDocValues yearValues;

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            endSegment();
            terms.add(new SegmentTerms(DocValues.getSortedSet(context.reader(), SearchFields.PARTY), parties));
            terms.add(new SegmentTerms(DocValues.getSortedSet(context.reader(), SearchFields.TYPE), types));
            terms.add(new SegmentTerms(DocValues.getSortedSet(context.reader(), SearchFields.PUBLISHER), publishers));
            officialValues = DocValues.getSortedNumeric(context.reader(), SearchFields.OFFICIAL_ID);
            yearValues = DocValues.getSortedNumeric(context.reader(), SearchFields.YEAR);
        }

        @Override
        public void collect(int doc) throws IOException {
            total++;
            for (int i = 0; i < terms.size(); i++) {
                terms.get(i).collect(doc);
            }
            officials.collect(officialValues, doc);
            years.collect(yearValues, doc);
        }

        /** The last segment's terms into the counts by value. */
        void endSegment() {
            for (SegmentTerms segment : terms) {
                segment.end();
            }
            terms.clear();
        }

        void add(Counter other) {
            add(other, 1);
        }

        void subtract(Counter other) {
            add(other, -1);
        }

        private void add(Counter other, int sign) {
            total += sign * other.total;
            other.parties.forEach((value, count) -> parties.merge(value, sign * count, Long::sum));
            other.types.forEach((value, count) -> types.merge(value, sign * count, Long::sum));
            other.publishers.forEach((value, count) -> publishers.merge(value, sign * count, Long::sum));
            officials.add(other.officials, sign);
            years.add(other.years, sign);
        }

        Counted counted() {
            Map<Integer, Long> byYear = new HashMap<>();
            years.toMap().forEach((year, count) -> byYear.put(year.intValue(), count));
            return new Counted(total, FacetCounts.ofAll(parties, officials.toMap(), types, publishers, byYear));
        }
    }

    /** A keyword field's values in one segment, counted by ordinal, then by term into {@code into}. */
    private static final class SegmentTerms {
        private final SortedSetDocValues values;
        private final int[] counts;
        private final Map<String, Long> into;

        SegmentTerms(SortedSetDocValues values, Map<String, Long> into) {
            this.values = values;
            this.counts = new int[Math.toIntExact(values.getValueCount())];
            this.into = into;
        }

        void collect(int doc) throws IOException {
            if (values.advanceExact(doc)) {
                for (int i = values.docValueCount(); i > 0; i--) {
                    counts[(int) values.nextOrd()]++;
                }
            }
        }

        void end() {
            try {
                for (int ord = 0; ord < counts.length; ord++) {
                    if (counts[ord] > 0) {
                        into.merge(values.lookupOrd(ord).utf8ToString(), (long) counts[ord], Long::sum);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("The search index could not be read", e);
            }
        }
    }

    /**
     * Counts of numbers (officials' ids, years), each counted once a document: in an array indexed by the number while
     * the numbers are small, as they are, in a map past that.
     */
    private static final class NumberCounts {
        private static final int DENSE = 1 << 20;
        private int[] dense = new int[64];
        private final Map<Long, Long> sparse = new HashMap<>();

        void collect(SortedNumericDocValues values, int doc) throws IOException {
            if (!values.advanceExact(doc)) {
                return;
            }
            long previous = 0;
            for (int i = 0, n = values.docValueCount(); i < n; i++) {
                long value = values.nextValue();
                if (i == 0 || value != previous) { // a document's values come sorted: a repeat follows its first
                    add(value, 1);
                }
                previous = value;
            }
        }

        private void add(long value, long count) {
            if (value >= 0 && value < DENSE) {
                if (value >= dense.length) {
                    dense = Arrays.copyOf(dense, (int) Math.min(DENSE, Math.max(value + 1, 2L * dense.length)));
                }
                dense[(int) value] += (int) count;
            } else {
                sparse.merge(value, count, Long::sum);
            }
        }

        void add(NumberCounts other, int sign) {
            for (int value = 0; value < other.dense.length; value++) {
                if (other.dense[value] != 0) {
                    add(value, sign * other.dense[value]);
                }
            }
            other.sparse.forEach((value, count) -> add(value, sign * count));
        }

        Map<Long, Long> toMap() {
            Map<Long, Long> all = new HashMap<>(sparse);
            for (int value = 0; value < dense.length; value++) {
                if (dense[value] != 0) {
                    all.put((long) value, (long) dense[value]);
                }
            }
            return all;
        }
    }
}
