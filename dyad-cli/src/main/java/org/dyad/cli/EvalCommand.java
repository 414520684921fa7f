package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dyad.data.DataFileException;
import org.dyad.eval.Evaluator;
import org.dyad.eval.GoldArticle;
import org.dyad.eval.GoldReader;
import org.dyad.eval.Scorer;
import org.dyad.eval.Scores;
import org.dyad.pipeline.ExtractionException;
import org.dyad.pipeline.Extractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad eval}: runs the extractor on gold articles and prints the scores of gold/FORMAT.md. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores Dyad on gold files (format and scores: gold/FORMAT.md): precision, recall and F1 on "
                + "(source, target, root) triples, factuality and marked factuality accuracy, date accuracy, "
                + "strict F1 on full codes; per file and overall."})
public final class EvalCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "GOLD.jsonl", description = "Gold files.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--json", description = "Print the scores as JSON.")
    boolean json;

    @Option(names = "--errors", description = "Print the missed and spurious triples of each article, and the "
            + "matched ones whose factuality or date is wrong.")
    boolean errors;

    @Option(names = {"-q", "--quiet"}, description = "No progress messages on standard error.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, List<GoldArticle>> gold = new LinkedHashMap<>();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                err.println("dyad: " + f + ": no such file");
                return 2;
            }
            try {
                gold.put(f.toString(), GoldReader.read(f));
            } catch (DataFileException e) {
                err.println("dyad: " + e.getMessage());
                return 2;
            }
        }
        Extractor extractor = Models.loadOrReport(err, quiet);
        if (extractor == null) {
            return DyadCommand.STARTUP_FAILURE;
        }
        Evaluator evaluator = new Evaluator(extractor);
        int failures = 0;
        Scores overall = Scores.ZERO;
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode report = mapper.createObjectNode();
        ArrayNode filesNode = report.putArray("files");
        if (!json) {
            out.println(header());
        }
        for (Map.Entry<String, List<GoldArticle>> e : gold.entrySet()) {
            Scores fileScores = Scores.ZERO;
            List<Scorer.ArticleScore> perArticle = new ArrayList<>();
            for (GoldArticle g : e.getValue()) {
                Scorer.ArticleScore s;
                try {
                    s = evaluator.evaluate(g);
                } catch (ExtractionException ex) {
                    failures++;
                    err.println("dyad: " + g.article().origin() + ": " + ex.getMessage());
                    s = Evaluator.nothing(g);
                } catch (RuntimeException | StackOverflowError ex) {
                    // A defect met on one article is reported with it and scored as nothing; the rest goes on.
                    failures++;
                    err.println("dyad: " + g.article().origin() + ": internal error, article scored as "
                            + "uncoded: " + ex);
                    s = Evaluator.nothing(g);
                }
                perArticle.add(s);
                fileScores = fileScores.plus(s.scores());
            }
            overall = overall.plus(fileScores);
            if (json) {
                ObjectNode fn = scoresJson(mapper, fileScores);
                fn.put("file", e.getKey());
                fn.put("articles", e.getValue().size());
                if (errors) {
                    ArrayNode arts = fn.putArray("errors");
                    for (Scorer.ArticleScore s : perArticle) {
                        ObjectNode an = arts.addObject();
                        an.put("id", s.id());
                        s.missed().forEach(an.putArray("missed")::add);
                        s.spurious().forEach(an.putArray("spurious")::add);
                        s.mislabelled().forEach(an.putArray("mislabelled")::add);
                    }
                }
                filesNode.add(fn);
            } else {
                out.println(row(Path.of(e.getKey()).getFileName().toString(), fileScores));
                if (errors) {
                    for (Scorer.ArticleScore s : perArticle) {
                        if (s.missed().isEmpty() && s.spurious().isEmpty() && s.mislabelled().isEmpty()) {
                            continue;
                        }
                        out.println("  " + s.id());
                        s.missed().forEach(m -> out.println("    missed   " + m));
                        s.spurious().forEach(m -> out.println("    spurious " + m));
                        s.mislabelled().forEach(m -> out.println("    label    " + m));
                    }
                }
            }
        }
        if (json) {
            report.set("overall", scoresJson(mapper, overall));
            try {
                out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(report));
            } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
                throw new IllegalStateException(ex);
            }
        } else if (gold.size() > 1) {
            out.println(row("overall", overall));
        }
        out.flush();
        return failures == 0 ? 0 : DyadCommand.PARTIAL_FAILURE;
    }

    private static String header() {
        return String.format(Locale.ROOT, "%-22s %6s %6s %6s %6s %6s %6s %6s %6s  %s", "file", "P", "R", "F1",
                "fact", "marked", "date", "strict", "gold", "(matched/predicted, matched/gold)");
    }

    private static String row(String name, Scores s) {
        return String.format(Locale.ROOT, "%-22s %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f %6d  (%d/%d, %d/%d)",
                name, s.precision(), s.recall(), s.f1(), s.factualityAccuracy(), s.markedFactualityAccuracy(),
                s.dateAccuracy(), s.strictF1(), s.gold(), s.predictedMatched(), s.predicted(), s.goldMatched(),
                s.gold());
    }

    private static ObjectNode scoresJson(ObjectMapper mapper, Scores s) {
        ObjectNode o = mapper.createObjectNode();
        o.put("precision", s.precision());
        o.put("recall", s.recall());
        o.put("f1", s.f1());
        o.put("factuality_accuracy", s.factualityAccuracy());
        o.put("marked_factuality_accuracy", s.markedFactualityAccuracy());
        o.put("date_accuracy", s.dateAccuracy());
        o.put("strict_f1", s.strictF1());
        o.set("counts", mapper.valueToTree(s));
        return o;
    }
}
