package org.greenborder.academy.guidance;

import java.util.List;
import java.util.Map;

/**
 * Ranking quality over a judged query set: nDCG@10 (graded gains 2^g − 1, log2 discount), MRR@10 (first result
 * graded 2 or more) and P@5 (share of the top five graded 1 or more), each averaged over the queries.
 */
record RelevanceEvaluation(double ndcg10, double mrr10, double precision5, int queries) {

    record Judged(String query, Map<String, Integer> grades) {
    }

    interface Ranker {
        List<String> rank(String query, int limit);
    }

    static RelevanceEvaluation evaluate(List<Judged> judged, Ranker ranker) {
        double ndcg = 0;
        double mrr = 0;
        double precision = 0;
        for (Judged query : judged) {
            List<String> ranked = ranker.rank(query.query(), 10);
            ndcg += ndcg(ranked, query.grades(), 10);
            mrr += reciprocalRank(ranked, query.grades(), 10);
            precision += precision(ranked, query.grades(), 5);
        }
        int n = judged.size();
        return new RelevanceEvaluation(ndcg / n, mrr / n, precision / n, n);
    }

    static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += gain(grades.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = grades.values().stream().sorted(java.util.Comparator.reverseOrder()).limit(k).toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    static double reciprocalRank(List<String> ranked, Map<String, Integer> grades, int k) {
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (grades.getOrDefault(ranked.get(i), 0) >= 2) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    static double precision(List<String> ranked, Map<String, Integer> grades, int k) {
        long relevant = ranked.stream().limit(k).filter(id -> grades.getOrDefault(id, 0) >= 1).count();
        return relevant / (double) k;
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(int value) {
        return Math.log(value) / Math.log(2);
    }
}
