import type { Lang } from '../core/findings/finding';

const DA = `Fordel kontrollerer medfinansierings-, fordelings- og resultatmålstabeller i en Excel-projektmappe.

Brug:
  fordel check <projektmappe.xlsx> [tilvalg]
  fordel clean <projektmappe.xlsx> --out <kopi.xlsx> [--settings] [--overwrite] [--timeout <s>]
  fordel split --total <kr> --parties <region | alle | liste | fil> [--date ÅÅÅÅ-MM-DD] [--unit 1|0.01|1000]
               [--key befolkning|lige|20/41/39|fil|<Ark!B2:B30> --workbook <fil.xlsx>]
               [--out <fordeling.xlsx>] [--formulas] [--json]
  fordel --help | --version

Tilvalg:
  --out <fil.xlsx>        gem en kontrolleret kopi (din fil ændres aldrig)
  --overwrite             erstat --out-filen, hvis den findes
  --json                  skriv resultatet som ét JSON-dokument
  --as-of <ÅÅÅÅ-MM-DD>    vurder resultatmål pr. denne dato (standard: i dag)
  --lang da|en            sprog for meddelelser (standard: da)
  --validated             skriv også en valideret kopi af hver tabel på sit eget ark
  --unit 1|100|10000|100000   afrundingsenhed i øre for fordelinger (standard: 100 = 1 kr.)
  --total <kr>            beløb at fordele, når tabellen ikke angiver det
  --min-own-share <pct>   mindste egenfinansiering i procent (standard: 50)
  --matching <forhold>    krævet modfinansiering, fx 1 for krone-til-krone
  --max-size <MB>         største fil, der åbnes (standard: 50)
  --timeout <s>           tidsgrænse pr. fil i sekunder (standard: 60)
  --summary <fil>         mappe eller flere filer: gem en oversigt (.xlsx eller .csv)
  --jobs <n>              mappe eller flere filer: antal filer ad gangen (standard: én pr. kerne)
  --apply-split [<tabel>] indsæt den præcise fordeling i kopiens beløbskolonne, hvor den er sikker
                          (alle fordelinger, eller den navngivne, fx 'Fordeling!A3'); kræver --out

clean gemmer en kopi uden Fordels kolonner, ark og markeringer (cellerne får deres
tidligere fyld igen); uden --out viser den kun, hvad der ville blive fjernet.
  --settings              fjern også Fordels indstillingsark (og dine rettelser af tabeller)

split laver en ny, præcis fordeling (største brøkdel) efter folketal (FOLK1A), lige andele,
en fast procentnøgle, nøglen i en fil med »navn;nøgle« pr. linje eller en nøglekolonne i en arbejdsbog
(--key 'Ark1!B2:B30' --workbook nøgler.xlsx, navnene i kolonnen til venstre); --formulas holder den levende.

Slutkoder: 0 ingen fejl, 1 fejl fundet eller intet skrevet, 2 filen eller tilvalgene kan ikke bruges.
`;

const EN = `Fordel checks co-financing, apportionment and target (KPI) tables in an Excel workbook.

Usage:
  fordel check <workbook.xlsx> [options]
  fordel clean <workbook.xlsx> --out <copy.xlsx> [--settings] [--overwrite] [--timeout <s>]
  fordel split --total <kr> --parties <region | alle | list | file> [--date YYYY-MM-DD] [--unit 1|0.01|1000]
               [--key befolkning|lige|20/41/39|fil|<Sheet!B2:B30> --workbook <file.xlsx>]
               [--out <split.xlsx>] [--formulas] [--json]
  fordel --help | --version

Options:
  --out <file.xlsx>       save a checked copy (your file is never changed)
  --overwrite             replace the --out file if it exists
  --json                  print the result as one JSON document
  --as-of <YYYY-MM-DD>    judge targets at this date (default: today)
  --lang da|en            language of messages (default: da)
  --validated             also write a validated copy of each table on its own sheet
  --unit 1|100|10000|100000   rounding unit in øre for splits (default: 100 = 1 kr.)
  --total <kr>            amount to split when the table states none
  --min-own-share <pct>   minimum own financing in percent (default: 50)
  --matching <ratio>      required matching, e.g. 1 for one-to-one
  --max-size <MB>         largest file opened (default: 50)
  --timeout <s>           time limit per file in seconds (default: 60)
  --summary <file>        folder or several files: save a summary (.xlsx or .csv)
  --jobs <n>              folder or several files: files checked at once (default: one per core)
  --apply-split [<table>] insert the exact split into the copy's amount column where it is certain
                          (every split table, or the one named, e.g. 'Fordeling!A3'); needs --out

clean saves a copy without Fordel's columns, sheets and highlights (cells get their
earlier fill back); without --out it only lists what it would remove.
  --settings              also remove Fordel's settings sheet (and your table corrections)

split makes a new exact split (largest remainder) by population (FOLK1A), equal shares, a fixed
percentage key, the key in a file with "name;key" per line or a key column in a workbook
(--key 'Sheet1!B2:B30' --workbook keys.xlsx, the names in the column to its left); --formulas keeps it live.

Exit codes: 0 no errors, 1 errors found or nothing written, 2 unusable file or options.
`;

export function helpText(lang: Lang): string {
  return lang === 'da' ? DA : EN;
}
