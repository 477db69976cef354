// Package pipeline runs vntext on Apache Beam, for archives beyond one
// machine: Analyze writes, for each input file, one JSONL shard holding
// exactly what "vntext batch" writes for that file (record for record, in
// the same order, error records included: package record writes both),
// or with Options.Group the group summaries of vntext batch --group-by
// (gathered across the archive by a GroupByKey, each in the shard of its
// first record's file), and Aggregate counts officials, administrative units and programmes across an
// archive, per month and per province.
//
// Input files are found with fileio.MatchFiles on any Beam filesystem
// (local, gs://, s3://) and read whole by one worker each, as vntext batch
// reads them (package archive): JSONL, gunzipped when the name ends in .gz
// (textio.Read would cut a .gz file where its compressed size ends), with
// records giving "text" or "html"; saved .txt articles; HTML pages; and web
// archives (.warc, .warc.gz), whose HTML responses become records. The
// records of one file are analysed on Options.Workers goroutines by the
// engine of vntext batch (vntext.Stream), so a worker's cores are busy even
// on a runner that hands it one bundle at a time; an archive spreads over
// the cluster file by file, so it should come in many files (a month or a
// day each), as archives usually do.
//
// Each worker builds its Analyzer once, in Setup, from a config.Config that
// holds the contents of the user's word lists and entity model: a worker
// never needs the launcher's files.
package pipeline
