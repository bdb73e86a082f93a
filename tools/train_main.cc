// parallax-train: offline trainers (never linked into the server or the main
// CLI; `parallax train ...` execs this binary).
//   parallax-train ner --train train.txt --valid valid.txt --clusters c.tsv --out models/ner-en.bin
//   parallax-train ner-prune --model models/ner-en.bin --min-spread 200 --out pruned.bin
//   parallax-train ner-outside --model models/ner-en.bin --train train.txt --out with-outside.bin
//   parallax-train ner-clusters --input allsides-news.jsonl.gz --out clusters.tsv
//   parallax-train idf --input allsides-news.jsonl.gz --out models/idf-news-en.bin
//   parallax-train framing --basil ../shared/data/basil --curated models/framing-curated-en.tsv --out models/framing-lexicon-en.tsv
#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include "tools/framing_tools.h"
#include "tools/idf_tools.h"
#include "tools/ner_tools.h"

int main(int argc, char** argv) {
  using namespace parallax::tools;
  CLI::App app{"parallax-train: offline model trainers"};
  app.require_subcommand(1);
  int exit_code = 0;
  auto report = [&](const parallax::Status& s) {
    if (!s.ok()) {
      fmt::print(stderr, "error: {}\n", s.ToString());
      exit_code = 1;
    }
  };

  // The outside-word rule's options (O-pruning): `prefix` "" for ner-outside,
  // "outside-" for ner, which derives the words after training.
  auto add_outside_rule = [](CLI::App* cmd, parallax::ner::OutsideWords::Rule* rule, const std::string& prefix) {
    cmd->add_option("--" + prefix + "min-count", rule->min_count,
                    "outside words: keep words seen at least this often where a mention may start");
    cmd->add_option("--" + prefix + "max-starts-ppm", rule->max_starts_ppm,
                    "outside words: keep words starting a mention in at most this many millionths of those "
                    "occurrences");
    cmd->add_option("--" + prefix + "max-caps-bucket", rule->max_caps_bucket,
                    "outside words: also lowercase letter words whose caps bucket is at most this (0-4; "
                    "4294967295 = none)");
  };

  NerTrainOptions ner;
  auto* ner_cmd = app.add_subcommand("ner", "train the NER tagger on CoNLL-2003");
  ner_cmd->add_option("--train", ner.train, "CoNLL-2003 train.txt")->required();
  ner_cmd->add_option("--valid", ner.valid, "CoNLL-2003 valid.txt (epoch selection)")->required();
  ner_cmd->add_option("--pseudo-train", ner.pseudo_train,
                      "pseudo-labelled CoNLL documents (ner-pseudo), updates scaled by --pseudo-weight; repeatable");
  ner_cmd->add_option("--pseudo-weight", ner.pseudo_weight, "scale of the perceptron updates on --pseudo-train tokens");
  ner_cmd->add_option("--also-train", ner.extra_train,
                      "more CoNLL files trained on like --train (e.g. valid.txt for the final model)");
  ner_cmd->add_flag("--fixed-epochs", ner.fixed_epochs,
                    "train exactly --epochs epochs per run; do not pick the epoch on --valid");
  ner_cmd->add_option("--temperature", ner.temperature,
                      "beam temperature to write (0: calibrate and pick on --valid)")
      ->check(CLI::Range(0.f, 1000.f));
  ner_cmd->add_option("--clusters", ner.clusters, "word clusters from ner-clusters");
  ner_cmd->add_option("--iso-codes", ner.iso_codes_dir, "iso-codes JSON directory");
  ner_cmd->add_option("--gazetteers", ner.gazetteers, "external name lists (models/ner-gazetteers*-en.tsv)");
  ner_cmd->add_option("--epochs", ner.epochs, "training epochs");
  ner_cmd->add_option("--repair", ner.repair_decoding, "argmax + repair decoding (else constrained greedy)");
  ner_cmd->add_option("--structured", ner.structured, "structured perceptron: beam training with early update");
  ner_cmd->add_option("--two-stage", ner.two_stage, "train the second (document aggregation) stage");
  ner_cmd->add_option("--ensemble", ner.ensemble, "average the weights of N runs over shuffled document orders")
      ->check(CLI::Range(1, 16));
  ner_cmd->add_option("--word-dropout", ner.word_dropout,
                      "fraction of tokens trained without their word-identity features (per epoch)");
  ner_cmd->add_option("--min-count", ner.min_count,
                      "feature count cutoff: train only features firing at least this often in train")
      ->check(CLI::Range(1, 1000));
  ner_cmd->add_option("--seed", ner.seed, "document-order seed of the first run (ensemble member k: seed + k)");
  ner_cmd->add_option("--jackknife-epochs", ner.jackknife_epochs, "epochs per jackknife model");
  ner_cmd->add_option("--prune", ner.prune_threshold, "drop features with max |weight| below this");
  add_outside_rule(ner_cmd, &ner.outside, "outside-");
  ner_cmd->add_option("--out", ner.output, "model file to write")->required();
  ner_cmd->callback([&] { report(TrainNer(ner)); });

  NerPruneOptions prune;
  auto* prune_cmd = app.add_subcommand("ner-prune", "drop the NER model's weight rows of small spread");
  prune_cmd->add_option("--model", prune.input, "trained model")->required();
  prune_cmd->add_option("--out", prune.output, "pruned model to write")->required();
  prune_cmd->add_option("--min-spread", prune.min_spread, "keep rows whose max - min int16 weight is at least this")
      ->check(CLI::Range(0, 65535));
  prune_cmd->callback([&] { report(PruneNer(prune)); });

  NerOutsideOptions outside;
  auto* outside_cmd =
      app.add_subcommand("ner-outside", "derive the NER model's outside words (O-pruning) from gold CoNLL files");
  outside_cmd->add_option("--model", outside.input, "trained model")->required();
  outside_cmd->add_option("--train", outside.train, "CoNLL files the model was trained on")->required();
  add_outside_rule(outside_cmd, &outside.rule, "");
  outside_cmd->add_option("--out", outside.output, "model to write")->required();
  outside_cmd->callback([&] { report(AddOutsideWords(outside)); });

  NerPseudoOptions ps;
  auto* ps_cmd = app.add_subcommand("ner-pseudo", "confidently tagged news sentences as pseudo-labelled CoNLL");
  ps_cmd->add_option("--model", ps.model, "trained NER model")->required();
  ps_cmd->add_option("--input", ps.input, "JSON-lines (.gz) with a text field")->required();
  ps_cmd->add_option("--out", ps.output, "CoNLL file to write")->required();
  ps_cmd->add_option("--sample", ps.sample, "fraction of the articles to tag");
  ps_cmd->add_option("--seed", ps.seed, "seed of the sample");
  ps_cmd->add_option("--max-docs", ps.max_docs, "stop after this many articles written");
  ps_cmd->add_option("--min-chars", ps.min_chars, "skip article bodies shorter than this");
  ps_cmd->add_option("--min-prob", ps.min_prob, "keep sentences whose every token label has this probability");
  ps_cmd->callback([&] { report(WritePseudoLabels(ps)); });

  ClusterOptions cl;
  auto* cl_cmd = app.add_subcommand("ner-clusters", "word clusters + caps statistics from unlabeled news");
  cl_cmd->add_option("--input", cl.input, "JSON-lines .gz with title/text fields")->required();
  cl_cmd->add_option("--out", cl.output, "clusters TSV to write")->required();
  cl_cmd->add_option("--max-docs", cl.max_docs, "read at most this many documents");
  cl_cmd->add_option("--vocab", cl.vocab, "number of words to cluster");
  cl_cmd->add_option("--clusters", cl.clusters, "number of fine clusters");
  cl_cmd->add_option("--contexts", cl.contexts, "context words (each as left and right neighbour)");
  cl_cmd->add_option("--dim", cl.dim, "random projection dimensions");
  cl_cmd->add_option("--window", cl.window, "context positions on each side of the word");
  cl_cmd->add_option("--seed", cl.seed, "offset of the projection and k-means seeds");
  cl_cmd->add_option("--init", cl.init, "start from this clusters TSV instead of k-means");
  cl_cmd->add_option("--exchange-iters", cl.exchange_iters,
                     "passes of the exchange algorithm (class bigram likelihood) over every level");
  cl_cmd->add_flag("--svd", cl.svd, "reduce the PPMI matrix by a truncated SVD instead of a random projection");
  cl_cmd->callback([&] { report(BuildClusters(cl)); });

  IdfOptions idf;
  auto* idf_cmd = app.add_subcommand("idf", "background document frequencies for story clustering");
  idf_cmd->add_option("--input", idf.input, "JSON-lines (.gz) with title/text fields")->required();
  idf_cmd->add_option("--out", idf.output, "IDF prior file to write")->required();
  idf_cmd->add_option("--max-docs", idf.max_docs, "read at most this many documents");
  idf_cmd->add_option("--min-df", idf.min_df, "keep terms found in at least this many documents");
  idf_cmd->callback([&] { report(BuildIdfPrior(idf)); });

  FramingTrainOptions fr;
  auto* fr_cmd = app.add_subcommand("framing", "learn loaded-language cues from BASIL lexical-bias spans");
  fr_cmd->add_option("--basil", fr.basil, "BASIL folder (articles/, annotations/)")->required();
  fr_cmd->add_option("--curated", fr.curated, "curated lexicon to merge in")->required();
  fr_cmd->add_option("--out", fr.output, "lexicon file to write")->required();
  fr_cmd->add_option("--first-year", fr.first_year, "first training year");
  fr_cmd->add_option("--last-year", fr.last_year, "last training year");
  fr_cmd->add_option("--min-precision", fr.cues.min_precision, "minimum smoothed in-span precision of a cue");
  fr_cmd->add_option("--min-count", fr.cues.min_in_span, "minimum in-span occurrences of a cue");
  fr_cmd->callback([&] { report(TrainFraming(fr)); });

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  return exit_code;
}
