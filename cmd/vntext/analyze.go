package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/rivo/uniseg"
	"github.com/vntext/vntext"
	"github.com/vntext/vntext/config"
	"github.com/vntext/vntext/entities"
	"github.com/vntext/vntext/gazetteer"
)

// runAnalyze prints a readable report of one article: summary, officials
// with their roles, administrative units (and what pre-2025 units became),
// organisations, programmes and keywords. --json prints the Result.
func runAnalyze(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print the Result as JSON (the vntext/v1 shape, docs/schema/result.v1.json)")
	indent := fs.Bool("indent", false, "with --json, indent the JSON")
	tasksFlag := fs.String("tasks", "all", config.TasksHelp)
	formatName := fs.String("format", "auto", formatUsage)
	var pf pipelineFlags
	pf.Register(fs, config.AllFlags)
	const usage = "usage: vntext analyze [--json [--indent]] [--tasks LIST] [--format auto|text|html] [flags] [FILE|-]\n" +
		"Reads one article (FILE or standard input): text, read whole (offsets index it, title line included), where\n" +
		"the page task finds the title (a first line followed by a blank line, or a page's headline) and the page\n" +
		"furniture (category, byline, dateline, captions, related links, footer), or an HTML page, whose article is\n" +
		"extracted."
	if code, ok := parseFlags(fs, args, usage, stdout, stderr); !ok {
		return code
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(stderr, "vntext analyze: at most one FILE")
		return 2
	}
	tasks, err := vntext.ParseTasks(*tasksFlag)
	if err != nil {
		return fail(stderr, "analyze", usageError{errors.New("--tasks: " + errText(err))})
	}
	format, err := parseInputFormat(*formatName)
	if err != nil {
		return fail(stderr, "analyze", usageError{err})
	}
	a, err := pf.analyzer(tasks)
	if err != nil {
		return fail(stderr, "analyze", err)
	}
	in, err := readInput(fs.Arg(0), stdin, format)
	if err != nil {
		return fail(stderr, "analyze", err)
	}
	res, err := a.Analyze(context.Background(), in.doc)
	if err != nil {
		return fail(stderr, "analyze", err)
	}
	if *asJSON {
		// json.Marshal's bytes: what the library, batch and the service
		// give for the same article.
		if err := writeJSON(stdout, res, *indent); err != nil {
			return fail(stderr, "analyze", err)
		}
		return 0
	}
	if err := writeReport(stdout, res); err != nil && !errors.Is(err, io.EOF) {
		return fail(stderr, "analyze", err)
	}
	return 0
}

// reportWriter remembers the first write error so the report reads as a
// list of prints.
type reportWriter struct {
	w   io.Writer
	err error
}

func (r *reportWriter) printf(format string, a ...any) {
	if r.err == nil {
		_, r.err = fmt.Fprintf(r.w, format, a...)
	}
}

func (r *reportWriter) heading(h string) {
	r.printf("\n%s\n%s\n", h, underline(h, '-'))
}

// underline is as wide as s is on a terminal: a letter with its marks
// written apart (NFD) is one column, a wide character two.
func underline(s string, c rune) string {
	return strings.Repeat(string(c), uniseg.StringWidth(s))
}

// writeReport prints the sections of the tasks computed (res.Tasks), and
// only those: a section of a task not asked for would read as "none found".
func writeReport(w io.Writer, res vntext.Result) error {
	r := &reportWriter{w: w}
	if res.Title != "" {
		r.printf("%s\n%s\n", res.Title, underline(res.Title, '='))
	}
	var about []string
	for _, f := range []string{res.Category, res.Byline, res.Published.String()} {
		if f != "" {
			about = append(about, f)
		}
	}
	if len(about) > 0 {
		r.printf("%s\n", strings.Join(about, " · "))
	}
	var counts []string
	for _, c := range []struct {
		task      vntext.Task
		n         int
		one, many string
	}{
		{vntext.TaskSentences, len(res.Sentences), "sentence", "sentences"},
		{vntext.TaskWords, len(res.Words), "word", "words"},
		{vntext.TaskEntities, len(res.Entities), "entity mention", "entity mentions"},
	} {
		if res.Tasks&c.task != 0 {
			counts = append(counts, fmt.Sprintf("%d %s", c.n, plural(c.n, c.one, c.many)))
		}
	}
	if len(counts) > 0 {
		r.printf("%s\n", strings.Join(counts, ", "))
	}

	if res.Tasks&vntext.TaskSummary != 0 {
		r.heading("Summary")
		if len(res.Summary.Sentences) == 0 {
			r.printf("(no sentences)\n")
		}
		for _, s := range res.Summary.Sentences {
			r.printf("• %s\n", s.Display())
		}
	}
	if res.Tasks&vntext.TaskOfficials != 0 {
		writeOfficials(r, res.Officials)
	}
	if res.Tasks&vntext.TaskEntities != 0 {
		writePeople(r, res.Entities, res.Officials)
		writeEntities(r, res.Entities)
	}
	if res.Tasks&vntext.TaskKeywords != 0 {
		r.heading("Keywords")
		if len(res.Keywords) == 0 {
			r.printf("(none found)\n")
		} else {
			kw := make([]string, len(res.Keywords))
			for i, k := range res.Keywords {
				kw[i] = cleanName(k.Normalized, k.Text)
			}
			r.printf("%s\n", strings.Join(kw, ", "))
		}
	}
	return r.err
}

func writeOfficials(r *reportWriter, officials []entities.Official) {
	r.heading("Officials")
	if len(officials) == 0 {
		r.printf("(none found)\n")
	}
	for _, o := range officials {
		roles := make([]string, len(o.Roles))
		for i, role := range o.Roles {
			roles[i] = role.Text
			if role.Status != entities.StatusCurrent {
				roles[i] += " (" + string(role.Status) + ")"
			}
		}
		r.printf("• %s — %s (%s)\n", cleanName(o.Normalized, o.Name), strings.Join(roles, "; "), mentions(len(o.Mentions)))
	}
}

// cleanName is the normalized form of a name when there is one, else the
// name as written.
func cleanName(normalized, written string) string {
	if normalized != "" {
		return normalized
	}
	return written
}

// writePeople lists the people the text names without a role: the PERSON
// mentions no official holds, once per name. A one-word mention ("ông
// Long") whose word ends a name listed here or among the officials is that
// person's (the closest is not sought: the first name listed with that
// last word takes it).
func writePeople(r *reportWriter, ents []entities.Entity, officials []entities.Official) {
	r.heading("People")
	held := map[int]bool{}       // starts of the officials' mentions
	known := map[string]string{} // last word → the person listed here ("": an official)
	lastWord := func(name string) string {
		f := strings.Fields(strings.ToLower(name))
		if len(f) == 0 {
			return ""
		}
		return f[len(f)-1]
	}
	for _, o := range officials {
		for _, m := range o.Mentions {
			held[m.Start] = true
		}
		known[lastWord(cleanName(o.Normalized, o.Name))] = ""
	}
	var names []string
	count := map[string]int{}
	var short []entities.Entity
	for _, e := range ents {
		if e.Type != entities.Person || held[e.Start] {
			continue
		}
		name := cleanName(e.Normalized, e.Text)
		if len(strings.Fields(name)) < 2 {
			short = append(short, e)
			continue
		}
		if count[name] == 0 {
			names = append(names, name)
			if _, ok := known[lastWord(name)]; !ok {
				known[lastWord(name)] = name
			}
		}
		count[name]++
	}
	for _, e := range short {
		name := cleanName(e.Normalized, e.Text)
		if full, ok := known[lastWord(name)]; ok {
			if full != "" {
				count[full]++
			}
			continue
		}
		if count[name] == 0 {
			names = append(names, name)
		}
		count[name]++
	}
	if len(names) == 0 {
		r.printf("(none found)\n")
	}
	for _, n := range names {
		r.printf("• %s (%s)\n", n, mentions(count[n]))
	}
}

func writeEntities(r *reportWriter, ents []entities.Entity) {
	var units, places []countedEntity
	for _, l := range distinct(ents, entities.Location) {
		switch l.Level {
		case gazetteer.LevelProvince, gazetteer.LevelDistrict, gazetteer.LevelCommune:
			units = append(units, l)
		default:
			places = append(places, l)
		}
	}
	r.heading("Administrative units")
	if len(units) == 0 {
		r.printf("(none found)\n")
	}
	for _, u := range units {
		var about []string
		if u.Level != "" {
			about = append(about, string(u.Level))
		}
		if u.Code != "" {
			about = append(about, "code "+u.Code)
		}
		if u.Periods != 0 {
			about = append(about, u.Periods.String())
		}
		line := "• " + u.Text
		if len(about) > 0 {
			line += " [" + strings.Join(about, ", ") + "]"
		}
		if len(u.Successors) > 0 {
			names := make([]string, len(u.Successors))
			for i, s := range u.Successors {
				names[i] = s.Name
			}
			line += " → since 2025: " + strings.Join(names, "; ")
		}
		r.printf("%s (%s)\n", line, mentions(u.count))
	}
	r.heading("Other places")
	if len(places) == 0 {
		r.printf("(none found)\n")
	}
	for _, p := range places {
		line := "• " + p.Text
		if p.Level != "" {
			line += " [" + string(p.Level) + "]"
		}
		r.printf("%s (%s)\n", line, mentions(p.count))
	}

	for _, group := range []struct {
		title string
		typ   entities.Type
	}{{"Organisations", entities.Organization}, {"Programmes", entities.Program}} {
		r.heading(group.title)
		list := distinct(ents, group.typ)
		if len(list) == 0 {
			r.printf("(none found)\n")
		}
		for _, e := range list {
			r.printf("• %s (%s)\n", e.Text, mentions(e.count))
		}
	}
}

func mentions(n int) string {
	return fmt.Sprintf("%d %s", n, plural(n, "mention", "mentions"))
}

type countedEntity struct {
	entities.Entity
	count int
}

// distinct returns the entities of one type, once per text, in order of
// first mention.
func distinct(ents []entities.Entity, t entities.Type) []countedEntity {
	var out []countedEntity
	seen := map[string]int{}
	for _, e := range ents {
		if e.Type != t {
			continue
		}
		if i, ok := seen[e.Text]; ok {
			out[i].count++
			continue
		}
		seen[e.Text] = len(out)
		out = append(out, countedEntity{e, 1})
	}
	return out
}
