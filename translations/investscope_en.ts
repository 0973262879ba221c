<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddProjectDialog</name>
    <message>
        <source>Add Project</source>
        <translation>Add Project</translation>
    </message>
    <message>
        <source>8亿, 4400万美元 or a number of yuan</source>
        <translation>8亿, 4400万美元 or a number of yuan</translation>
    </message>
    <message>
        <source>Reported in:</source>
        <translation>Reported in:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Company:</translation>
    </message>
    <message>
        <source>&amp;Investment:</source>
        <translation>&amp;Investment:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>Amounts in %1 converted to yuan at %2</source>
        <translation>Amounts in %1 converted to yuan at %2</translation>
    </message>
    <message>
        <source>Total investment by %1</source>
        <translation>Total investment by %1</translation>
    </message>
    <message>
        <source>Projects by %1</source>
        <translation>Projects by %1</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Projects by investment size</source>
        <translation>Projects by investment size</translation>
    </message>
    <message>
        <source>Total investment</source>
        <translation>Total investment</translation>
    </message>
    <message>
        <source>Projects by industry chain</source>
        <translation>Projects by industry chain</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Total investment (亿元)</source>
        <translation>Total investment (亿元)</translation>
    </message>
    <message>
        <source>Number of projects</source>
        <translation>Number of projects</translation>
    </message>
    <message numerus="yes">
        <source>† with values an analyst corrected (%n project(s))</source>
        <translation>
            <numerusform>† with values an analyst corrected (%n project)</numerusform>
            <numerusform>† with values an analyst corrected (%n projects)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Roll projects up to this level</source>
        <translation>Roll projects up to this level</translation>
    </message>
    <message>
        <source>Number of projects</source>
        <translation>Number of projects</translation>
    </message>
    <message>
        <source>Total investment (亿元)</source>
        <translation>Total investment (亿元)</translation>
    </message>
    <message>
        <source>Top </source>
        <translation>Top </translation>
    </message>
    <message>
        <source>Regions shown; the rest are summed in “Other”</source>
        <translation>Regions shown; the rest are summed in “Other”</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>By region</translation>
    </message>
    <message>
        <source>By size</source>
        <translation>By size</translation>
    </message>
    <message>
        <source>By industry</source>
        <translation>By industry</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n project(s)</source>
        <translation>
            <numerusform>%1
%n project</numerusform>
            <numerusform>%1
%n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>total %1</translation>
    </message>
    <message>
        <source>Export Chart as &amp;PNG…</source>
        <translation>Export Chart as &amp;PNG…</translation>
    </message>
    <message>
        <source>Export Chart as S&amp;VG…</source>
        <translation>Export Chart as S&amp;VG…</translation>
    </message>
    <message>
        <source>Copy C&amp;hart</source>
        <translation>Copy C&amp;hart</translation>
    </message>
    <message>
        <source>Save the chart on show as a PNG image, with its title, legend and caption</source>
        <translation>Save the chart on show as a PNG image, with its title, legend and caption</translation>
    </message>
    <message>
        <source>Save the chart on show as an SVG drawing</source>
        <translation>Save the chart on show as an SVG drawing</translation>
    </message>
    <message>
        <source>Copy the chart on show to the clipboard as an image</source>
        <translation>Copy the chart on show to the clipboard as an image</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>Export Chart as PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Export Chart as SVG</source>
        <translation>Export Chart as SVG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG drawings (*.svg)</translation>
    </message>
    <message numerus="yes">
        <source>%n corrected by you</source>
        <translation>
            <numerusform>%n corrected by you</numerusform>
            <numerusform>%n corrected by you</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Try &apos;investscope-cli --help&apos;.
</source>
        <translation>Try &apos;investscope-cli --help&apos;.
</translation>
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
        <source>Only projects in this province.</source>
        <translation>Only projects in this province.</translation>
    </message>
    <message>
        <source>Only projects in this city.</source>
        <translation>Only projects in this city.</translation>
    </message>
    <message>
        <source>Only projects in this county or district.</source>
        <translation>Only projects in this county or district.</translation>
    </message>
    <message>
        <source>Only projects in this development zone or park.</source>
        <translation>Only projects in this development zone or park.</translation>
    </message>
    <message>
        <source>Only projects of this industry code (ICT, SEMI, EQUIP, AUTO, …).</source>
        <translation>Only projects of this industry code (ICT, SEMI, EQUIP, AUTO, …).</translation>
    </message>
    <message>
        <source>Only projects with this status (signed, started, operating, landed, negotiating, planned).</source>
        <translation>Only projects with this status (signed, started, operating, landed, negotiating, planned).</translation>
    </message>
    <message>
        <source>Only projects of this size class: 0 &lt;1亿, 1 1–10亿, 2 10–50亿, 3 50–100亿, 4 ≥100亿, 5 unknown.</source>
        <translation>Only projects of this size class: 0 &lt;1亿, 1 1–10亿, 2 10–50亿, 3 50–100亿, 4 ≥100亿, 5 unknown.</translation>
    </message>
    <message>
        <source>Only projects of this company.</source>
        <translation>Only projects of this company.</translation>
    </message>
    <message>
        <source>Only projects reported in articles containing this text.</source>
        <translation>Only projects reported in articles containing this text.</translation>
    </message>
    <message>
        <source>Exchange-rate table to convert other currencies to yuan (default: the shipped table).</source>
        <translation>Exchange-rate table to convert other currencies to yuan (default: the shipped table).</translation>
    </message>
    <message>
        <source>--size takes a number from 0 to %1</source>
        <translation>--size takes a number from 0 to %1</translation>
    </message>
    <message>
        <source>Draw a chart of the projects (by region, size or industry) to a PNG or SVG file, with its title, axes, legend and a caption saying what it counts.</source>
        <translation>Draw a chart of the projects (by region, size or industry) to a PNG or SVG file, with its title, axes, legend and a caption saying what it counts.</translation>
    </message>
    <message>
        <source>region, size or industry.</source>
        <translation>region, size or industry.</translation>
    </message>
    <message>
        <source>The file to write (.png or .svg).</source>
        <translation>The file to write (.png or .svg).</translation>
    </message>
    <message>
        <source>Width in pixels (default 900).</source>
        <translation>Width in pixels (default 900).</translation>
    </message>
    <message>
        <source>Height in pixels (default 560).</source>
        <translation>Height in pixels (default 560).</translation>
    </message>
    <message>
        <source>Device pixel ratio of a PNG (default 2, for sharp text).</source>
        <translation>Device pixel ratio of a PNG (default 2, for sharp text).</translation>
    </message>
    <message>
        <source>Region chart: province, city (default), county or zone.</source>
        <translation>Region chart: province, city (default), county or zone.</translation>
    </message>
    <message>
        <source>Region chart: count (default) or amount.</source>
        <translation>Region chart: count (default) or amount.</translation>
    </message>
    <message>
        <source>Region chart: regions shown before &quot;other&quot; (default 10).</source>
        <translation>Region chart: regions shown before &quot;other&quot; (default 10).</translation>
    </message>
    <message>
        <source>unknown chart kind &apos;%1&apos; (region, size or industry)</source>
        <translation>unknown chart kind &apos;%1&apos; (region, size or industry)</translation>
    </message>
    <message>
        <source>chart needs --out FILE</source>
        <translation>chart needs --out FILE</translation>
    </message>
    <message>
        <source>the output must be a .png or .svg file</source>
        <translation>the output must be a .png or .svg file</translation>
    </message>
    <message>
        <source>--width, --height, --scale and --top take positive numbers</source>
        <translation>--width, --height, --scale and --top take positive numbers</translation>
    </message>
    <message>
        <source>unknown level &apos;%1&apos; (province, city, county or zone)</source>
        <translation>unknown level &apos;%1&apos; (province, city, county or zone)</translation>
    </message>
    <message>
        <source>unknown metric &apos;%1&apos; (count or amount)</source>
        <translation>unknown metric &apos;%1&apos; (count or amount)</translation>
    </message>
    <message>
        <source>Write the summary report of the projects as a PDF: headline numbers, the three charts, top projects, summaries by city and industry, the source articles.</source>
        <translation>Write the summary report of the projects as a PDF: headline numbers, the three charts, top projects, summaries by city and industry, the source articles.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>The PDF file to write.</translation>
    </message>
    <message>
        <source>A4 (default) or Letter.</source>
        <translation>A4 (default) or Letter.</translation>
    </message>
    <message>
        <source>The report&apos;s title.</source>
        <translation>The report&apos;s title.</translation>
    </message>
    <message>
        <source>report needs --pdf FILE</source>
        <translation>report needs --pdf FILE</translation>
    </message>
    <message>
        <source>unknown page size &apos;%1&apos; (A4 or Letter)</source>
        <translation>unknown page size &apos;%1&apos; (A4 or Letter)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s)
</source>
        <translation>
            <numerusform>%1: %n page
</numerusform>
            <numerusform>%1: %n pages
</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the projects or the entities of the articles to a CSV file (UTF-8 with a byte-order mark, for Excel) or a JSON file, or the whole database to a .sqlite file the sqlite3 shell opens. The format follows the file&apos;s extension.</source>
        <translation>Write the projects or the entities of the articles to a CSV file (UTF-8 with a byte-order mark, for Excel) or a JSON file, or the whole database to a .sqlite file the sqlite3 shell opens. The format follows the file&apos;s extension.</translation>
    </message>
    <message>
        <source>The file to write (.csv, .json or .sqlite).</source>
        <translation>The file to write (.csv, .json or .sqlite).</translation>
    </message>
    <message>
        <source>For CSV and JSON: projects (default) or entities.</source>
        <translation>For CSV and JSON: projects (default) or entities.</translation>
    </message>
    <message>
        <source>export needs --out FILE</source>
        <translation>export needs --out FILE</translation>
    </message>
    <message>
        <source>the output must be a .csv, .json or .sqlite file</source>
        <translation>the output must be a .csv, .json or .sqlite file</translation>
    </message>
    <message>
        <source>unknown table &apos;%1&apos; (projects or entities)</source>
        <translation>unknown table &apos;%1&apos; (projects or entities)</translation>
    </message>
    <message>
        <source>a .sqlite file holds the whole database: filters do not apply</source>
        <translation>a .sqlite file holds the whole database: filters do not apply</translation>
    </message>
    <message>
        <source>Tell for every project which rule found it and where each field came from, and why each rejected name was refused (text; with --format json, as fields).</source>
        <translation>Tell for every project which rule found it and where each field came from, and why each rejected name was refused (text; with --format json, as fields).</translation>
    </message>
    <message>
        <source>Score the projects as an analyst corrected them (a review sidecar file).</source>
        <translation>Score the projects as an analyst corrected them (a review sidecar file).</translation>
    </message>
    <message>
        <source>An analyst&apos;s corrections (the window&apos;s review sidecar, NAME.investscope-review.json) to apply to the projects before they are counted.</source>
        <translation>An analyst&apos;s corrections (the window&apos;s review sidecar, NAME.investscope-review.json) to apply to the projects before they are counted.</translation>
    </message>
    <message>
        <source>%1: orphaned correction of “%2” in %3: the project is no longer found
</source>
        <translation>%1: orphaned correction of “%2” in %3: the project is no longer found
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
  chart     draw a chart of the projects to a PNG or SVG file
  report    write the summary report as a PDF file
  export    write the projects or entities as CSV or JSON, or the database as .sqlite
  variants  list companies, places and projects that look like one written several ways

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
  chart     draw a chart of the projects to a PNG or SVG file
  report    write the summary report as a PDF file
  export    write the projects or entities as CSV or JSON, or the database as .sqlite
  variants  list companies, places and projects that look like one written several ways

Run &apos;investscope-cli COMMAND --help&apos; for a command&apos;s options.

Exit codes: 0 success; 1 some inputs could not be read (reported on stderr), the rest were
processed; 2 usage error; 3 nothing could be read or the output could not be written.
</translation>
    </message>
    <message>
        <source>missing command (extract, clean, stats, eval, chart, report, export or variants)</source>
        <translation>missing command (extract, clean, stats, eval, chart, report, export or variants)</translation>
    </message>
    <message>
        <source>%1: orphaned correction of the entity “%2” in %3: its text is no longer found
</source>
        <translation>%1: orphaned correction of the entity “%2” in %3: its text is no longer found
</translation>
    </message>
    <message>
        <source>List what the window&apos;s Find Variants suggests: companies written as their legal name and short forms, places written two ways, projects reported by several articles. One suggestion a line, tab-separated: kind, the name to keep, every name with its number of projects (for projects, the article), why.</source>
        <translation>List what the window&apos;s Find Variants suggests: companies written as their legal name and short forms, places written two ways, projects reported by several articles. One suggestion a line, tab-separated: kind, the name to keep, every name with its number of projects (for projects, the article), why.</translation>
    </message>
</context>
<context>
    <name>CorpusLoader</name>
    <message>
        <source>could not be stored: %1</source>
        <translation>could not be stored: %1</translation>
    </message>
    <message>
        <source>orphaned correction of “%1” in %2: the project is no longer found</source>
        <translation>orphaned correction of “%1” in %2: the project is no longer found</translation>
    </message>
    <message>
        <source>orphaned correction of the entity “%1” in %2: its text is no longer found</source>
        <translation>orphaned correction of the entity “%1” in %2: its text is no longer found</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>Search index</translation>
    </message>
    <message>
        <source>could not be built: %1</source>
        <translation>could not be built: %1</translation>
    </message>
</context>
<context>
    <name>CorrectionSet</name>
    <message>
        <source>“%1” is not a field that can be corrected</source>
        <translation>“%1” is not a field that can be corrected</translation>
    </message>
    <message>
        <source>the amount “%1” is not a number of yuan (or of the currency&apos;s units)</source>
        <translation>the amount “%1” is not a number of yuan (or of the currency&apos;s units)</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as CNY or USD</source>
        <translation>“%1” is not a currency code such as CNY or USD</translation>
    </message>
    <message>
        <source>the qualifier is “over”, “about” or empty, not “%1”</source>
        <translation>the qualifier is “over”, “about” or empty, not “%1”</translation>
    </message>
    <message>
        <source>“%1” is not an industry code of the taxonomy</source>
        <translation>“%1” is not an industry code of the taxonomy</translation>
    </message>
    <message>
        <source>“%1” is not a status (signed, started, operating, landed, negotiating, planned)</source>
        <translation>“%1” is not a status (signed, started, operating, landed, negotiating, planned)</translation>
    </message>
    <message>
        <source>not an InvestScope corrections file</source>
        <translation>not an InvestScope corrections file</translation>
    </message>
    <message>
        <source>correction %1 names no article (its SHA-256) or no project</source>
        <translation>correction %1 names no article (its SHA-256) or no project</translation>
    </message>
    <message>
        <source>correction %1: %2</source>
        <translation>correction %1: %2</translation>
    </message>
    <message>
        <source>%1: not JSON (%2 at byte %3)</source>
        <translation>%1: not JSON (%2 at byte %3)</translation>
    </message>
    <message>
        <source>corrections format version %1, this program reads versions up to %2</source>
        <translation>corrections format version %1, this program reads versions up to %2</translation>
    </message>
    <message>
        <source>entity correction %1 names no article, no entity or an unknown type</source>
        <translation>entity correction %1 names no article, no entity or an unknown type</translation>
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
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investment</translation>
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
    <message>
        <source>Show or hide the highlights of this kind</source>
        <translation>Show or hide the highlights of this kind</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Find in article</translation>
    </message>
    <message>
        <source>Find in Article</source>
        <translation>Find in Article</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>project: %1</source>
        <translation>project: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by “%1”</source>
        <translation>Filter by “%1”</translation>
    </message>
    <message numerus="yes">
        <source>The layout printed this paragraph %n time(s); it is shown and counted once. “Original text” shows every copy.</source>
        <translation>
            <numerusform>The layout printed this paragraph %n time; it is shown and counted once. “Original text” shows every copy.</numerusform>
            <numerusform>The layout printed this paragraph %n times; it is shown and counted once. “Original text” shows every copy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Project from Selection…</source>
        <translation>Add Project from Selection…</translation>
    </message>
    <message>
        <source>&amp;Mark Selection As</source>
        <translation>&amp;Mark Selection As</translation>
    </message>
    <message>
        <source>Change &amp;Type of “%1”</source>
        <translation>Change &amp;Type of “%1”</translation>
    </message>
    <message>
        <source>Set “%1” to the Selection</source>
        <translation>Set “%1” to the Selection</translation>
    </message>
    <message>
        <source>&amp;Remove Entity “%1”</source>
        <translation>&amp;Remove Entity “%1”</translation>
    </message>
</context>
<context>
    <name>EntityListModel</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Stands for</source>
        <translation>Stands for</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>ExchangeRatesDialog</name>
    <message>
        <source>Exchange Rates</source>
        <translation>Exchange Rates</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Yuan per unit</source>
        <translation>Yuan per unit</translation>
    </message>
    <message>
        <source>Investment reported in other currencies is converted to yuan (CNY) with these rates; every converted figure is marked as such in the tables, charts and reports.</source>
        <translation>Investment reported in other currencies is converted to yuan (CNY) with these rates; every converted figure is marked as such in the tables, charts and reports.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Read a table of rates from a text file: a line &quot;date&lt;TAB&gt;2025-06-30&quot;, then one line &quot;USD&lt;TAB&gt;7.17&quot; per currency</source>
        <translation>Read a table of rates from a text file: a line &quot;date&lt;TAB&gt;2025-06-30&quot;, then one line &quot;USD&lt;TAB&gt;7.17&quot; per currency</translation>
    </message>
    <message>
        <source>Shipped &amp;Rates</source>
        <translation>Shipped &amp;Rates</translation>
    </message>
    <message>
        <source>Go back to the table that ships with InvestScope</source>
        <translation>Go back to the table that ships with InvestScope</translation>
    </message>
    <message>
        <source>Rates as of:</source>
        <translation>Rates as of:</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a currency code (three letters such as USD, other than CNY).</source>
        <translation>Row %1: &quot;%2&quot; is not a currency code (three letters such as USD, other than CNY).</translation>
    </message>
    <message>
        <source>Row %1: the rate of %2 must be a positive number of yuan.</source>
        <translation>Row %1: the rate of %2 must be a positive number of yuan.</translation>
    </message>
    <message>
        <source>Row %1: %2 is listed twice.</source>
        <translation>Row %1: %2 is listed twice.</translation>
    </message>
    <message>
        <source>Import Exchange Rates</source>
        <translation>Import Exchange Rates</translation>
    </message>
    <message>
        <source>Rate tables (*.tsv *.txt);;All files (*)</source>
        <translation>Rate tables (*.tsv *.txt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search titles and text…</source>
        <translation>Search titles and text…</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Clear all</translation>
    </message>
    <message>
        <source>Show the whole corpus again</source>
        <translation>Show the whole corpus again</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>Industry: %1</source>
        <translation>Industry: %1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Size: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Company: %1</translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation>Text: %1</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Remove this condition</translation>
    </message>
</context>
<context>
    <name>ImageSizeDialog</name>
    <message>
        <source>Image Size</source>
        <translation>Image Size</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Device pixels per logical pixel: 2× keeps text sharp on high-density screens and slides</source>
        <translation>Device pixels per logical pixel: 2× keeps text sharp on high-density screens and slides</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Width:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Height:</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Scale:</translation>
    </message>
    <message>
        <source>The PNG file will be %1 × %2 pixels.</source>
        <translation>The PNG file will be %1 × %2 pixels.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Operating</source>
        <translation>Operating</translation>
    </message>
    <message>
        <source>Landed</source>
        <translation>Landed</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>Negotiating</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>&lt; 1亿</source>
        <translation>&lt; 1亿</translation>
    </message>
    <message>
        <source>1–10亿</source>
        <translation>1–10亿</translation>
    </message>
    <message>
        <source>10–50亿</source>
        <translation>10–50亿</translation>
    </message>
    <message>
        <source>50–100亿</source>
        <translation>50–100亿</translation>
    </message>
    <message>
        <source>≥ 100亿</source>
        <translation>≥ 100亿</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Money</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investment</translation>
    </message>
    <message>
        <source>Registered capital</source>
        <translation>Registered capital</translation>
    </message>
    <message>
        <source>Output value</source>
        <translation>Output value</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Tax</translation>
    </message>
    <message>
        <source>Foreign investment</source>
        <translation>Foreign investment</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>over </source>
        <translation>over </translation>
    </message>
    <message>
        <source>about </source>
        <translation>about </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Industry: %1</source>
        <translation>Industry: %1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Size: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Company: %1</translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation>Text: %1</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>All projects</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>of which %1 converted from %2</source>
        <translation>of which %1 converted from %2</translation>
    </message>
    <message>
        <source>%1: (unknown)</source>
        <translation>%1: (unknown)</translation>
    </message>
    <message>
        <source>%1: other than %2</source>
        <translation>%1: other than %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
    <message>
        <source>&amp;Find in Article…</source>
        <translation>&amp;Find in Article…</translation>
    </message>
    <message>
        <source>&amp;Clear Filter</source>
        <translation>&amp;Clear Filter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Copy Selected Projects</source>
        <translation>&amp;Copy Selected Projects</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entities</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>filtered</translation>
    </message>
    <message>
        <source>Export &amp;Projects…</source>
        <translation>Export &amp;Projects…</translation>
    </message>
    <message>
        <source>Save the projects that match the filter as CSV (for Excel) or JSON</source>
        <translation>Save the projects that match the filter as CSV (for Excel) or JSON</translation>
    </message>
    <message>
        <source>Export &amp;Entities…</source>
        <translation>Export &amp;Entities…</translation>
    </message>
    <message>
        <source>Save the entities of the articles that match the filter as CSV (for Excel) or JSON</source>
        <translation>Save the entities of the articles that match the filter as CSV (for Excel) or JSON</translation>
    </message>
    <message>
        <source>Export Report as P&amp;DF…</source>
        <translation>Export Report as P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>&amp;Print Report…</translation>
    </message>
    <message>
        <source>E&amp;xchange Rates…</source>
        <translation>E&amp;xchange Rates…</translation>
    </message>
    <message>
        <source>Export Projects</source>
        <translation>Export Projects</translation>
    </message>
    <message>
        <source>Export Entities</source>
        <translation>Export Entities</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>Export Report as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s))</source>
        <translation>
            <numerusform>Saved %1 (%n page)</numerusform>
            <numerusform>Saved %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>InvestScope report</source>
        <translation>InvestScope report</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Print Report</translation>
    </message>
    <message>
        <source>Exchange Rates</source>
        <translation>Exchange Rates</translation>
    </message>
    <message>
        <source>Your exchange rates could not be used (%1); the shipped rates apply.</source>
        <translation>Your exchange rates could not be used (%1); the shipped rates apply.</translation>
    </message>
    <message>
        <source>total investment (in yuan, converted) %1</source>
        <translation>total investment (in yuan, converted) %1</translation>
    </message>
    <message>
        <source>Already in the corpus: nothing was added</source>
        <translation>Already in the corpus: nothing was added</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n item(s) to the corpus (hold Shift while dropping to replace it)</source>
        <translation>
            <numerusform>Adding %n item to the corpus (hold Shift while dropping to replace it)</numerusform>
            <numerusform>Adding %n items to the corpus (hold Shift while dropping to replace it)</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter conditions this corpus has nothing for were removed: %1</source>
        <translation>Filter conditions this corpus has nothing for were removed: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Extracted</source>
        <translation>Extracted</translation>
    </message>
    <message>
        <source>Edit History</source>
        <translation>Edit History</translation>
    </message>
    <message>
        <source>Add Project</source>
        <translation>Add Project</translation>
    </message>
    <message>
        <source>its corrections cannot be read: %1</source>
        <translation>its corrections cannot be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n corrected by you</source>
        <translation>
            <numerusform>%n corrected by you</numerusform>
            <numerusform>%n corrected by you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation>
            <numerusform>%n excluded</numerusform>
            <numerusform>%n excluded</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Entity</source>
        <translation>Edit Entity</translation>
    </message>
    <message>
        <source>Find &amp;Variants…</source>
        <translation>Find &amp;Variants…</translation>
    </message>
    <message>
        <source>Companies, places and projects written several ways, to make one</source>
        <translation>Companies, places and projects written several ways, to make one</translation>
    </message>
    <message>
        <source>Project Details</source>
        <translation>Project Details</translation>
    </message>
    <message>
        <source>Show Excluded Pro&amp;jects</source>
        <translation>Show Excluded Pro&amp;jects</translation>
    </message>
    <message>
        <source>Search finds every article meanwhile, more slowly.</source>
        <translation>Search finds every article meanwhile, more slowly.</translation>
    </message>
    <message>
        <source>Indexing for search… %1%</source>
        <translation>Indexing for search… %1%</translation>
    </message>
    <message>
        <source>Search index ready</source>
        <translation>Search index ready</translation>
    </message>
</context>
<context>
    <name>MergeProjectsDialog</name>
    <message>
        <source>Merge Projects</source>
        <translation>Merge Projects</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>ProjectDetails</name>
    <message>
        <source>Select a project to see it here beside the text it was reported in.</source>
        <translation>Select a project to see it here beside the text it was reported in.</translation>
    </message>
    <message>
        <source>&amp;Confirmed: checked and right</source>
        <translation>&amp;Confirmed: checked and right</translation>
    </message>
    <message>
        <source>E&amp;xcluded from the figures</source>
        <translation>E&amp;xcluded from the figures</translation>
    </message>
    <message>
        <source>Open in Article</source>
        <translation>Open in Article</translation>
    </message>
    <message>
        <source>8亿, 4400万美元 or a number of yuan</source>
        <translation>8亿, 4400万美元 or a number of yuan</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more report(s))</source>
        <translation>
            <numerusform>%1 (and %n more report)</numerusform>
            <numerusform>%1 (and %n more reports)</numerusform>
        </translation>
    </message>
    <message>
        <source>Corrected; as extracted: %1</source>
        <translation>Corrected; as extracted: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>E&amp;xcluded: merged into “%1”</source>
        <translation>E&amp;xcluded: merged into “%1”</translation>
    </message>
    <message>
        <source>Added by you.</source>
        <translation>Added by you.</translation>
    </message>
    <message>
        <source>Correct Project</source>
        <translation>Correct Project</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source>%1 (as written: %2)</source>
        <translation>%1 (as written: %2)</translation>
    </message>
    <message>
        <source>%1
reported %2 times</source>
        <translation>%1
reported %2 times</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investment</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Converted to %1 at %2</source>
        <translation>Converted to %1 at %2</translation>
    </message>
    <message>
        <source>Not converted to yuan: no exchange rate for %1</source>
        <translation>Not converted to yuan: no exchange rate for %1</translation>
    </message>
    <message>
        <source>How it was found:</source>
        <translation>How it was found:</translation>
    </message>
    <message>
        <source>Investment (yuan)</source>
        <translation>Investment (yuan)</translation>
    </message>
    <message>
        <source>Industry code</source>
        <translation>Industry code</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Status code</translation>
    </message>
    <message>
        <source>Excluded from tables, charts and totals</source>
        <translation>Excluded from tables, charts and totals</translation>
    </message>
    <message>
        <source>Corrected; as extracted: %1</source>
        <translation>Corrected; as extracted: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Merged into “%1”: left out of tables, charts and totals</source>
        <translation>Merged into “%1”: left out of tables, charts and totals</translation>
    </message>
</context>
<context>
    <name>ProjectTableView</name>
    <message>
        <source>Open in Article</source>
        <translation>Open in Article</translation>
    </message>
    <message>
        <source>Copy as TSV</source>
        <translation>Copy as TSV</translation>
    </message>
    <message>
        <source>E&amp;xclude from Figures</source>
        <translation>E&amp;xclude from Figures</translation>
    </message>
    <message>
        <source>Leave the selected projects out of tables, charts and totals (again to include them)</source>
        <translation>Leave the selected projects out of tables, charts and totals (again to include them)</translation>
    </message>
    <message numerus="yes">
        <source>Exclude %n project(s)</source>
        <translation>
            <numerusform>Exclude %n project</numerusform>
            <numerusform>Exclude %n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Include %n project(s)</source>
        <translation>
            <numerusform>Include %n project</numerusform>
            <numerusform>Include %n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Field</source>
        <translation>Edit Field</translation>
    </message>
    <message>
        <source>&amp;Merge Projects…</source>
        <translation>&amp;Merge Projects…</translation>
    </message>
    <message>
        <source>Make the selected reports of one project one, choosing each field&apos;s value</source>
        <translation>Make the selected reports of one project one, choosing each field&apos;s value</translation>
    </message>
    <message>
        <source>Merge Projects</source>
        <translation>Merge Projects</translation>
    </message>
    <message>
        <source>S&amp;plit Project…</source>
        <translation>S&amp;plit Project…</translation>
    </message>
    <message>
        <source>Make the selected project two, reported in the same text</source>
        <translation>Make the selected project two, reported in the same text</translation>
    </message>
    <message>
        <source>Split Project</source>
        <translation>Split Project</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <source>Report Options</source>
        <translation>Report Options</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter (8.5 × 11 in)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Paper:</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Investment projects report</source>
        <translation>Investment projects report</translation>
    </message>
    <message numerus="yes">
        <source>Generated %1 · corpus of %n article(s)</source>
        <translation>
            <numerusform>Generated %1 · corpus of %n article</numerusform>
            <numerusform>Generated %1 · corpus of %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Headline numbers</source>
        <translation>Headline numbers</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Total investment (in yuan, converted)</source>
        <translation>Total investment (in yuan, converted)</translation>
    </message>
    <message>
        <source>Total stated in %1</source>
        <translation>Total stated in %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>* Exchange rates used: %1</source>
        <translation>* Exchange rates used: %1</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Top projects by investment</source>
        <translation>Top projects by investment</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investment</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>* converted to yuan at %1</source>
        <translation>* converted to yuan at %1</translation>
    </message>
    <message>
        <source>By city</source>
        <translation>By city</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Total investment</source>
        <translation>Total investment</translation>
    </message>
    <message>
        <source>By industry chain</source>
        <translation>By industry chain</translation>
    </message>
    <message>
        <source>Source articles</source>
        <translation>Source articles</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Converted into yuan</source>
        <translation>Converted into yuan</translation>
    </message>
    <message>
        <source>Projects with no amount stated</source>
        <translation>Projects with no amount stated</translation>
    </message>
    <message>
        <source>Amount not stated</source>
        <translation>Amount not stated</translation>
    </message>
    <message>
        <source>Excluded from the figures</source>
        <translation>Excluded from the figures</translation>
    </message>
    <message>
        <source>Analyst corrections</source>
        <translation>Analyst corrections</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>As extracted</source>
        <translation>As extracted</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <source>Merged into “%1”</source>
        <translation>Merged into “%1”</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <source>Correct %1</source>
        <translation>Correct %1</translation>
    </message>
    <message>
        <source>“%1” is not an amount (type 8亿, 4400万美元 or a number of yuan)</source>
        <translation>“%1” is not an amount (type 8亿, 4400万美元 or a number of yuan)</translation>
    </message>
    <message>
        <source>Exclude project</source>
        <translation>Exclude project</translation>
    </message>
    <message>
        <source>Include project</source>
        <translation>Include project</translation>
    </message>
    <message>
        <source>Confirm project</source>
        <translation>Confirm project</translation>
    </message>
    <message>
        <source>Unconfirm project</source>
        <translation>Unconfirm project</translation>
    </message>
    <message>
        <source>The corrections could not be saved: %1</source>
        <translation>The corrections could not be saved: %1</translation>
    </message>
    <message>
        <source>Add project %1</source>
        <translation>Add project %1</translation>
    </message>
    <message>
        <source>a project needs a name and the text it is reported in</source>
        <translation>a project needs a name and the text it is reported in</translation>
    </message>
    <message>
        <source>merging needs two projects or more</source>
        <translation>merging needs two projects or more</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n project(s)</source>
        <translation>
            <numerusform>Merge %n project</numerusform>
            <numerusform>Merge %n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge into %1</source>
        <translation>Merge into %1</translation>
    </message>
    <message>
        <source>the project is no longer in the corpus</source>
        <translation>the project is no longer in the corpus</translation>
    </message>
    <message>
        <source>Split project %1</source>
        <translation>Split project %1</translation>
    </message>
    <message>
        <source>Use company %1</source>
        <translation>Use company %1</translation>
    </message>
    <message>
        <source>Use place %1</source>
        <translation>Use place %1</translation>
    </message>
    <message>
        <source>Not the same: %1</source>
        <translation>Not the same: %1</translation>
    </message>
    <message>
        <source>the article is no longer in the corpus</source>
        <translation>the article is no longer in the corpus</translation>
    </message>
    <message>
        <source>the selection holds no text to mark</source>
        <translation>the selection holds no text to mark</translation>
    </message>
    <message>
        <source>Mark “%1” as %2</source>
        <translation>Mark “%1” as %2</translation>
    </message>
    <message>
        <source>Remove entity “%1”</source>
        <translation>Remove entity “%1”</translation>
    </message>
    <message>
        <source>Set entity “%1” to “%2”</source>
        <translation>Set entity “%1” to “%2”</translation>
    </message>
    <message>
        <source>Make “%1” %2</source>
        <translation>Make “%1” %2</translation>
    </message>
    <message>
        <source>the entity correction of “%1” in %2 no longer finds its entity</source>
        <translation>the entity correction of “%1” in %2 no longer finds its entity</translation>
    </message>
    <message>
        <source>the correction of project “%1” in %2 no longer finds its project</source>
        <translation>the correction of project “%1” in %2 no longer finds its project</translation>
    </message>
</context>
<context>
    <name>SplitProjectDialog</name>
    <message>
        <source>Split Project</source>
        <translation>Split Project</translation>
    </message>
    <message>
        <source>Reported in:</source>
        <translation>Reported in:</translation>
    </message>
    <message>
        <source>This project</source>
        <translation>This project</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>8亿, 4400万美元 or a number of yuan</source>
        <translation>8亿, 4400万美元 or a number of yuan</translation>
    </message>
    <message>
        <source>both projects need a name</source>
        <translation>both projects need a name</translation>
    </message>
    <message>
        <source>the two projects need different names</source>
        <translation>the two projects need different names</translation>
    </message>
</context>
<context>
    <name>VariantFinder</name>
    <message>
        <source>the same company: its legal name and short forms</source>
        <translation>the same company: its legal name and short forms</translation>
    </message>
    <message>
        <source>the same place, written two ways</source>
        <translation>the same place, written two ways</translation>
    </message>
    <message>
        <source>one project reported by several articles</source>
        <translation>one project reported by several articles</translation>
    </message>
</context>
<context>
    <name>VariantsDialog</name>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Same project</source>
        <translation>Same project</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <source>Find Variants</source>
        <translation>Find Variants</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Names</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Make the other names the one to keep (one step: Undo takes it back)</source>
        <translation>Make the other names the one to keep (one step: Undo takes it back)</translation>
    </message>
    <message>
        <source>They are not one: keep them apart and do not suggest them again</source>
        <translation>They are not one: keep them apart and do not suggest them again</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Keep:</translation>
    </message>
    <message>
        <source>No variants: every company, place and project is written one way.</source>
        <translation>No variants: every company, place and project is written one way.</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s). Accept makes the names one (the others become the one to keep); Reject keeps them apart and does not suggest them again.</source>
        <translation>
            <numerusform>%n suggestion. Accept makes the names one (the others become the one to keep); Reject keeps them apart and does not suggest it again.</numerusform>
            <numerusform>%n suggestions. Accept makes the names one (the others become the one to keep); Reject keeps them apart and does not suggest them again.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a suggestion: its kind, the name to keep</comment>
        <translation>%1: %2</translation>
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
    <message>
        <source>Say on standard error each time the window does not answer for more than 50 ms, and the longest at the end (a diagnostic).</source>
        <translation>Say on standard error each time the window does not answer for more than 50 ms, and the longest at the end (a diagnostic).</translation>
    </message>
    <message>
        <source>investscope: the window did not answer for %1 ms</source>
        <translation>investscope: the window did not answer for %1 ms</translation>
    </message>
    <message>
        <source>investscope: the window&apos;s longest stall was %1 ms; %2 over %3 ms</source>
        <translation>investscope: the window&apos;s longest stall was %1 ms; %2 over %3 ms</translation>
    </message>
</context>
</TS>
