<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Cli</name>
    <message>
        <source>Try &apos;investscope-cli --help&apos;.
</source>
        <translation>Try &apos;investscope-cli --help&apos;.
</translation>
    </message>
    <message>
        <source>missing command (extract, clean or stats)</source>
        <translation>missing command (extract, clean or stats)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unknown command &apos;%1&apos;</translation>
    </message>
    <message>
        <source>investscope-cli: the output could not be written
</source>
        <translation>investscope-cli: the output could not be written
</translation>
    </message>
    <message>
        <source>Print the entities, projects and aggregates found in the articles.</source>
        <translation>Print the entities, projects and aggregates found in the articles.</translation>
    </message>
    <message>
        <source>Output format: json (default) or csv.</source>
        <translation>Output format: json (default) or csv.</translation>
    </message>
    <message>
        <source>With --format csv: the table to print: projects (default), entities, aggregates or documents.</source>
        <translation>With --format csv: the table to print: projects (default), entities, aggregates or documents.</translation>
    </message>
    <message>
        <source>With --format csv: start with a UTF-8 byte-order mark (for Excel).</source>
        <translation>With --format csv: start with a UTF-8 byte-order mark (for Excel).</translation>
    </message>
    <message>
        <source>Files or folders to read; the sample corpus when none.</source>
        <translation>Files or folders to read; the sample corpus when none.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (json or csv)</source>
        <translation>unknown format &apos;%1&apos; (json or csv)</translation>
    </message>
    <message>
        <source>unknown table &apos;%1&apos; (projects, entities, aggregates or documents)</source>
        <translation>unknown table &apos;%1&apos; (projects, entities, aggregates or documents)</translation>
    </message>
    <message>
        <source>investscope-cli: no article could be read
</source>
        <translation>investscope-cli: no article could be read
</translation>
    </message>
    <message>
        <source>Print the cleaned text of one article.</source>
        <translation>Print the cleaned text of one article.</translation>
    </message>
    <message>
        <source>Number the paragraphs and show their kind (title, byline, heading, caption, page) and which ones repeat an earlier one.</source>
        <translation>Number the paragraphs and show their kind (title, byline, heading, caption, page) and which ones repeat an earlier one.</translation>
    </message>
    <message>
        <source>Print the cleaned text, title, byline and paragraphs as JSON.</source>
        <translation>Print the cleaned text, title, byline and paragraphs as JSON.</translation>
    </message>
    <message>
        <source>The article to clean.</source>
        <translation>The article to clean.</translation>
    </message>
    <message>
        <source>clean takes exactly one FILE</source>
        <translation>clean takes exactly one FILE</translation>
    </message>
    <message>
        <source>title: %1
byline: %2
paragraphs: %3, repeated: %4%5
</source>
        <translation>title: %1
byline: %2
paragraphs: %3, repeated: %4%5
</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Print statistics per article and for the whole corpus.</source>
        <translation>Print statistics per article and for the whole corpus.</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Output format: text (default) or json.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (text or json)</source>
        <translation>unknown format &apos;%1&apos; (text or json)</translation>
    </message>
    <message>
        <source>file	encoding	characters	cleaned	paragraphs	repeated	entities	projects	title
</source>
        <translation>file	encoding	characters	cleaned	paragraphs	repeated	entities	projects	title
</translation>
    </message>
    <message>
        <source>total: %1 documents (%2 could not be read), %3 characters (%4 after cleaning), %5 paragraphs (%6 repeated), %7 entities, %8 projects, %9 aggregates
</source>
        <translation>total: %1 documents (%2 could not be read), %3 characters (%4 after cleaning), %5 paragraphs (%6 repeated), %7 entities, %8 projects, %9 aggregates
</translation>
    </message>
    <message>
        <source>Score extraction against gold files (format: tests/gold/README.md): precision, recall and F1 per entity type, for projects and aggregates, and per-field accuracy on matched projects.</source>
        <translation>Score extraction against gold files (format: tests/gold/README.md): precision, recall and F1 per entity type, for projects and aggregates, and per-field accuracy on matched projects.</translation>
    </message>
    <message>
        <source>Folder of gold JSON files, one per article.</source>
        <translation>Folder of gold JSON files, one per article.</translation>
    </message>
    <message>
        <source>List every miss and mismatch.</source>
        <translation>List every miss and mismatch.</translation>
    </message>
    <message>
        <source>eval needs --gold DIR</source>
        <translation>eval needs --gold DIR</translation>
    </message>
    <message>
        <source>investscope-cli: no article has a gold file in %1
</source>
        <translation>investscope-cli: no article has a gold file in %1
</translation>
    </message>
    <message>
        <source>Usage: investscope-cli COMMAND [OPTIONS] [PATH...]

Reads Chinese articles about investment promotion (.txt in UTF-8, UTF-16 or GB18030; .pdf when
built with poppler) from files and folders (recursively). Without a PATH, the embedded sample
corpus is read.

Commands:
  extract   print what was found in the articles (JSON or CSV)
  clean     print the cleaned text of one article
  stats     print per-article and corpus statistics
  eval      score extraction against gold files

Run &apos;investscope-cli COMMAND --help&apos; for a command&apos;s options.

Exit codes: 0 success; 1 some inputs could not be read (reported on stderr), the rest were
processed; 2 usage error; 3 nothing could be read or the output could not be written.
</source>
        <translation>Usage: investscope-cli COMMAND [OPTIONS] [PATH...]

Reads Chinese articles about investment promotion (.txt in UTF-8, UTF-16 or GB18030; .pdf when
built with poppler) from files and folders (recursively). Without a PATH, the embedded sample
corpus is read.

Commands:
  extract   print what was found in the articles (JSON or CSV)
  clean     print the cleaned text of one article
  stats     print per-article and corpus statistics
  eval      score extraction against gold files

Run &apos;investscope-cli COMMAND --help&apos; for a command&apos;s options.

Exit codes: 0 success; 1 some inputs could not be read (reported on stderr), the rest were
processed; 2 usage error; 3 nothing could be read or the output could not be written.
</translation>
    </message>
</context>
<context>
    <name>CorpusLoader</name>
    <message>
        <source>could not be stored: %1</source>
        <translation>could not be stored: %1</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Paragraphs</translation>
    </message>
    <message>
        <source>Repeated</source>
        <translation>Repeated</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Original text</source>
        <translation>Original text</translation>
    </message>
    <message>
        <source>Show the text as it is in the file, before cleaning</source>
        <translation>Show the text as it is in the file, before cleaning</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>InvestScope</source>
        <translation>InvestScope</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Stop loading</translation>
    </message>
    <message>
        <source>&amp;Open Files…</source>
        <translation>&amp;Open Files…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Open &amp;Folder…</translation>
    </message>
    <message>
        <source>Open &amp;Sample Corpus</source>
        <translation>Open &amp;Sample Corpus</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Save &amp;Database As…</source>
        <translation>Save &amp;Database As…</translation>
    </message>
    <message>
        <source>Open Data&amp;base…</source>
        <translation>Open Data&amp;base…</translation>
    </message>
    <message>
        <source>Show &amp;Original Text</source>
        <translation>Show &amp;Original Text</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About InvestScope</source>
        <translation>&amp;About InvestScope</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>The corpus could not be cleared: %1</source>
        <translation>The corpus could not be cleared: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Loading cancelled</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read</source>
        <translation>
            <numerusform>%n file could not be read</numerusform>
            <numerusform>%n files could not be read</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>Open Articles</translation>
    </message>
    <message>
        <source>Articles (%1);;All files (*)</source>
        <translation>Articles (%1);;All files (*)</translation>
    </message>
    <message>
        <source>Open Folder of Articles</source>
        <translation>Open Folder of Articles</translation>
    </message>
    <message>
        <source>Save Database</source>
        <translation>Save Database</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db)</source>
        <translation>SQLite databases (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>About InvestScope</source>
        <translation>About InvestScope</translation>
    </message>
    <message>
        <source>InvestScope %1

An explorer for Chinese news about investment promotion (招商引资).</source>
        <translation>InvestScope %1

An explorer for Chinese news about investment promotion (招商引资).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explorer for Chinese news about investment promotion.</source>
        <translation>Explorer for Chinese news about investment promotion.</translation>
    </message>
    <message>
        <source>Article files or folders to open; the sample corpus when none.</source>
        <translation>Article files or folders to open; the sample corpus when none.</translation>
    </message>
    <message>
        <source>InvestScope</source>
        <translation>InvestScope</translation>
    </message>
    <message>
        <source>The corpus database could not be created: %1</source>
        <translation>The corpus database could not be created: %1</translation>
    </message>
</context>
</TS>
