package org.greenborder.academy.guidance;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.core.WhitespaceTokenizerFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.KStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.synonym.SynonymGraphFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analysers of the guidance index. Text is stemmed gently (KStem keeps "transboundary" whole, Porter would
 * not). Synonyms and acronyms (content/synonyms/*.txt) apply at query time only, so editing the list needs no
 * re-index. Codes get their own field: whole Basel codes, and HS codes with their prefixes for family searches.
 */
public class GuidanceAnalysis implements LuceneAnalysisConfigurer {

    static final String TEXT = "guidance_text";
    static final String TEXT_QUERY = "guidance_text_query";
    static final String CODES = "guidance_codes";
    static final String EXACT = "guidance_exact";
    /** Query-time synonyms: one file per part of the corpus, all applied. */
    static final String SYNONYMS = "content/synonyms/ods.txt,content/synonyms/waste.txt";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(TEXT).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(EnglishPossessiveFilterFactory.class)
                .tokenFilter(StopFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(KStemFilterFactory.class);
        context.analyzer(TEXT_QUERY).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(EnglishPossessiveFilterFactory.class)
                .tokenFilter(StopFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(SynonymGraphFilterFactory.class)
                        .param("synonyms", SYNONYMS)
                        .param("ignoreCase", "true")
                        .param("expand", "true")
                        .param("tokenizerFactory", StandardTokenizerFactory.class.getName())
                .tokenFilter(KStemFilterFactory.class);
        context.analyzer(CODES).custom()
                .tokenizer(WhitespaceTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(EdgeNGramFilterFactory.class)
                        .param("minGramSize", "2")
                        .param("maxGramSize", "8")
                        .param("preserveOriginal", "true");
        context.analyzer(EXACT).custom()
                .tokenizer(WhitespaceTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class);
    }
}
