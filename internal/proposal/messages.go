package proposal

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"

	"github.com/exitguide/exitguide/internal/yamlpos"
)

// msg is one message of the catalogue: what is wrong, what was expected and
// how to fix it. Each is a fmt format; the arguments are the same in every
// language.
type msg struct{ Msg, Expected, Fix string }

// Languages lists the languages of the message catalogue.
var Languages = []string{"en", "da", "sl", "he"}

// messages is the validation message catalogue, written natively in each
// language; every language has the same keys (a test checks). Field names,
// ids and statuses stay as they are written in the file.
var messages = map[string]map[string]msg{
	"en": {
		"read.missing":     {"no such file", "the path of a proposal file", "check the path; `exitguide init` writes a new proposal"},
		"read.dir":         {"this is a folder, not a file", "the path of a proposal file", "give the path of a .yaml file inside the folder"},
		"read.error":       {"cannot read the file: %s", "", ""},
		"parse.too-large":  {"the file is too large: %s", "at most %s", "check that this is the right file; a proposal is a few kilobytes"},
		"parse.utf16":      {"the file is encoded as UTF-16", "UTF-8 text", "save the file as UTF-8"},
		"parse.empty":      {"the file is empty", "a proposal", "start from the template that `exitguide init` writes"},
		"parse.comments":   {"the file holds only comments", "a proposal", "fill in the fields"},
		"parse.not-utf8":   {"the file contains bytes that are not UTF-8 text", "UTF-8 text", "save the file as UTF-8; a binary file cannot be read"},
		"parse.nul":        {"the file contains a NUL byte", "text", "a binary file cannot be read; check that this is the right file"},
		"errors.more":      {"%d more problems are not listed (%d in all)", "", "fix the problems listed and check again; a file with this many problems is probably not a proposal"},
		"parse.control":    {"the file contains the control character %s", "text with no control characters other than tab and line breaks", "delete it (it is invisible in most editors: retype the word it is in)"},
		"text.control":     {"%s contains the control character %s", "text with no control characters other than tab and line breaks", "delete it; where it is written as an escape in quotes (such as \\a or \\x07), delete the escape"},
		"text.bidi":        {"%s contains the invisible direction control %s, which can make text read differently from what it says", "visible characters only (the report sets the direction of right-to-left languages itself)", "delete it; where it is written as an escape (such as \\u202E), delete the escape"},
		"parse.tab":        {"a tab character is used for indentation", "indentation with spaces", "replace the tab with spaces"},
		"parse.syntax":     {"YAML syntax error: %s", "valid YAML", "check the indentation (spaces, not tabs) and the quoting near this place"},
		"parse.too-many":   {"the document has more than %s values", "a proposal-sized document", "check that this is the right file"},
		"parse.too-deep":   {"values are nested more than %s levels deep", "the shallow structure of a proposal", "check the indentation"},
		"parse.alias":      {"YAML aliases (*name) are not allowed", "the value written out in full", "replace the alias with the value it stands for"},
		"parse.key":        {"a key must be a plain word", "a key such as locality:", "write the key as text"},
		"parse.dup":        {"the key %q appears twice", "each key once", "remove one of the two; the first is at line %s, column %s"},
		"doc.not-mapping":  {"the proposal must be a set of fields", "fields such as locality:, models: and answers:", "start from the template that `exitguide init` writes"},
		"field.unknown":    {"unknown field %q", "one of the fields %s", "remove it, or check its spelling and indentation"},
		"field.near":       {"unknown field %q", "one of the fields %s", "did you mean %q? Otherwise remove it"},
		"field.missing":    {"the field %q is missing", "a value for %s", "add `%s:` here"},
		"field.text":       {"%s must be text", "text", "write text here; put it in quotes if it looks like a number or a date"},
		"field.list":       {"%s must be a list", "a list, for example [first, second]", "write the items as a list"},
		"field.mapping":    {"%s must be a set of fields", "fields written key: value", "check the indentation"},
		"field.empty":      {"%s is empty", "some text", "fill it in"},
		"version":          {"proposal: must be 1", "1, the version of the proposal format", "write `proposal: 1`"},
		"date.invalid":     {"%s %q is not a valid date", "a date written YYYY-MM-DD", "write the date as YYYY-MM-DD, for example 2027-03-31"},
		"model.unknown":    {"unknown model %q", "one of %s", "use one of the model ids"},
		"model.near":       {"unknown model %q", "one of %s", "did you mean %q?"},
		"model.dup":        {"the model %q is listed twice", "each model once", "remove one of the two"},
		"lang.unknown":     {"unknown language %q", "one of %s", "use one of the language codes"},
		"crit.unknown":     {"unknown criterion %q", "a criterion id of %s", "`exitguide init --model MODEL` lists the ids; otherwise remove this answer"},
		"crit.near":        {"unknown criterion %q", "a criterion id of %s", "did you mean %q?"},
		"crit.other-model": {"the criterion %q belongs to the model %q, which this proposal does not list under models", "criteria of %s", "add %q to models, or remove this answer"},
		"answer.mapping":   {"the answer to %q must be a set of fields", "status: and, where useful, evidence:, owner:, due:, reason:, notes:", "check the indentation"},
		"status.invalid":   {"%q is not an answer status", "one of %s", "use one of the statuses"},
		"status.near":      {"%q is not an answer status", "one of %s", "did you mean %q?"},
		"planned.owner":    {"a planned criterion needs an owner", "who is responsible for getting it in place", "add `owner:` with a name or a role, or choose another status"},
		"planned.due":      {"a planned criterion needs a due date", "when it will be in place, YYYY-MM-DD", "add `due:` with a date, or choose another status"},
		"na.not-allowed":   {"the criterion %q cannot be answered not-applicable", "in-place, partly, planned or not-started", "every replication of this model needs it: choose another status"},
		"na.reason":        {"not-applicable needs a reason", "why the criterion does not apply locally", "add `reason:` with a sentence"},
		"schema":           {"%s", "", ""},
	},
	"da": {
		"read.missing":     {"filen findes ikke", "stien til en projektfil", "tjek stien; `exitguide init` skriver en ny projektfil"},
		"read.dir":         {"det er en mappe, ikke en fil", "stien til en projektfil", "angiv stien til en .yaml-fil i mappen"},
		"read.error":       {"filen kan ikke læses: %s", "", ""},
		"parse.too-large":  {"filen er for stor: %s", "højst %s", "tjek at det er den rigtige fil; en projektfil fylder nogle få kilobyte"},
		"parse.utf16":      {"filen er gemt som UTF-16", "UTF-8-tekst", "gem filen som UTF-8"},
		"parse.empty":      {"filen er tom", "en projektbeskrivelse", "tag udgangspunkt i skabelonen fra `exitguide init`"},
		"parse.comments":   {"filen indeholder kun kommentarer", "en projektbeskrivelse", "udfyld felterne"},
		"parse.not-utf8":   {"filen indeholder bytes, der ikke er UTF-8-tekst", "UTF-8-tekst", "gem filen som UTF-8; en binær fil kan ikke læses"},
		"parse.nul":        {"filen indeholder en NUL-byte", "tekst", "en binær fil kan ikke læses; tjek at det er den rigtige fil"},
		"errors.more":      {"%d problemer mere er ikke vist (%d i alt)", "", "ret de viste problemer og tjek igen; en fil med så mange problemer er nok ikke en projektfil"},
		"parse.control":    {"filen indeholder kontroltegnet %s", "tekst uden andre kontroltegn end tabulator og linjeskift", "slet det (det er usynligt i de fleste editorer: skriv ordet, det står i, forfra)"},
		"text.control":     {"%s indeholder kontroltegnet %s", "tekst uden andre kontroltegn end tabulator og linjeskift", "slet det; står det som en escape-sekvens i anførselstegn (fx \\a eller \\x07), så slet den"},
		"text.bidi":        {"%s indeholder det usynlige retningstegn %s, som kan få teksten til at læses anderledes, end der står", "kun synlige tegn (rapporten sætter selv retningen for sprog, der skrives fra højre mod venstre)", "slet det; står det som en escape-sekvens (fx \\u202E), så slet den"},
		"parse.tab":        {"der er brugt tabulator til indrykning", "indrykning med mellemrum", "erstat tabulatoren med mellemrum"},
		"parse.syntax":     {"fejl i YAML-syntaksen: %s", "gyldig YAML", "tjek indrykningen (mellemrum, ikke tabulator) og anførselstegnene her omkring"},
		"parse.too-many":   {"dokumentet har mere end %s værdier", "et dokument på størrelse med en projektfil", "tjek at det er den rigtige fil"},
		"parse.too-deep":   {"værdierne er indlejret i mere end %s niveauer", "en projektfils flade opbygning", "tjek indrykningen"},
		"parse.alias":      {"YAML-aliaser (*navn) er ikke tilladt", "værdien skrevet helt ud", "erstat aliasset med den værdi, det står for"},
		"parse.key":        {"en nøgle skal være et almindeligt ord", "en nøgle som locality:", "skriv nøglen som tekst"},
		"parse.dup":        {"nøglen %q står to gange", "hver nøgle én gang", "fjern den ene; den første står i linje %s, kolonne %s"},
		"doc.not-mapping":  {"projektfilen skal bestå af felter", "felter som locality:, models: og answers:", "tag udgangspunkt i skabelonen fra `exitguide init`"},
		"field.unknown":    {"ukendt felt %q", "et af felterne %s", "fjern det, eller tjek stavning og indrykning"},
		"field.near":       {"ukendt felt %q", "et af felterne %s", "mente du %q? Ellers fjern det"},
		"field.missing":    {"feltet %q mangler", "en værdi for %s", "tilføj `%s:` her"},
		"field.text":       {"%s skal være tekst", "tekst", "skriv tekst her; sæt anførselstegn om, hvis det ligner et tal eller en dato"},
		"field.list":       {"%s skal være en liste", "en liste, fx [første, anden]", "skriv punkterne som en liste"},
		"field.mapping":    {"%s skal bestå af felter", "felter skrevet nøgle: værdi", "tjek indrykningen"},
		"field.empty":      {"%s er tomt", "noget tekst", "udfyld det"},
		"version":          {"proposal: skal være 1", "1, versionen af filformatet", "skriv `proposal: 1`"},
		"date.invalid":     {"%s %q er ikke en gyldig dato", "en dato skrevet ÅÅÅÅ-MM-DD", "skriv datoen som ÅÅÅÅ-MM-DD, fx 2027-03-31"},
		"model.unknown":    {"ukendt model %q", "en af %s", "brug et af modellernes id'er"},
		"model.near":       {"ukendt model %q", "en af %s", "mente du %q?"},
		"model.dup":        {"modellen %q står to gange", "hver model én gang", "fjern den ene"},
		"lang.unknown":     {"ukendt sprog %q", "et af %s", "brug en af sprogkoderne"},
		"crit.unknown":     {"ukendt kriterium %q", "et kriterie-id fra %s", "`exitguide init --model MODEL` viser id'erne; ellers fjern svaret"},
		"crit.near":        {"ukendt kriterium %q", "et kriterie-id fra %s", "mente du %q?"},
		"crit.other-model": {"kriteriet %q hører til modellen %q, som projektet ikke har med under models", "kriterier fra %s", "tilføj %q under models, eller fjern svaret"},
		"answer.mapping":   {"svaret på %q skal bestå af felter", "status: og efter behov evidence:, owner:, due:, reason:, notes:", "tjek indrykningen"},
		"status.invalid":   {"%q er ikke en gyldig status", "en af %s", "brug en af statusværdierne"},
		"status.near":      {"%q er ikke en gyldig status", "en af %s", "mente du %q?"},
		"planned.owner":    {"et planlagt kriterium skal have en ansvarlig", "hvem der sørger for, at det kommer på plads", "tilføj `owner:` med et navn eller en funktion, eller vælg en anden status"},
		"planned.due":      {"et planlagt kriterium skal have en frist", "hvornår det er på plads, ÅÅÅÅ-MM-DD", "tilføj `due:` med en dato, eller vælg en anden status"},
		"na.not-allowed":   {"kriteriet %q kan ikke besvares med not-applicable", "in-place, partly, planned eller not-started", "enhver gentagelse af modellen har brug for det: vælg en anden status"},
		"na.reason":        {"not-applicable kræver en begrundelse", "hvorfor kriteriet ikke gælder lokalt", "tilføj `reason:` med en sætning"},
		"schema":           {"%s", "", ""},
	},
	"sl": {
		"read.missing":     {"datoteka ne obstaja", "pot do datoteke s projektom", "preverite pot; `exitguide init` pripravi novo datoteko"},
		"read.dir":         {"to je mapa, ne datoteka", "pot do datoteke s projektom", "navedite pot do datoteke .yaml v tej mapi"},
		"read.error":       {"datoteke ni mogoče prebrati: %s", "", ""},
		"parse.too-large":  {"datoteka je prevelika: %s", "največ %s", "preverite, ali je to prava datoteka; opis projekta obsega nekaj kilobajtov"},
		"parse.utf16":      {"datoteka je shranjena v kodiranju UTF-16", "besedilo v UTF-8", "shranite datoteko v kodiranju UTF-8"},
		"parse.empty":      {"datoteka je prazna", "opis projekta", "začnite s predlogo, ki jo pripravi `exitguide init`"},
		"parse.comments":   {"datoteka vsebuje samo komentarje", "opis projekta", "izpolnite polja"},
		"parse.not-utf8":   {"datoteka vsebuje bajte, ki niso besedilo UTF-8", "besedilo v UTF-8", "shranite datoteko v UTF-8; binarne datoteke ni mogoče prebrati"},
		"parse.nul":        {"datoteka vsebuje bajt NUL", "besedilo", "binarne datoteke ni mogoče prebrati; preverite, ali je to prava datoteka"},
		"errors.more":      {"še %d težav ni izpisanih (skupaj %d)", "", "odpravite izpisane težave in znova preverite; datoteka s toliko težavami verjetno ni opis projekta"},
		"parse.control":    {"datoteka vsebuje krmilni znak %s", "besedilo brez krmilnih znakov razen tabulatorja in prehoda v novo vrstico", "izbrišite ga (v večini urejevalnikov je neviden: besedo, v kateri je, napišite znova)"},
		"text.control":     {"%s vsebuje krmilni znak %s", "besedilo brez krmilnih znakov razen tabulatorja in prehoda v novo vrstico", "izbrišite ga; če je zapisan kot ubežno zaporedje v narekovajih (npr. \\a ali \\x07), izbrišite zaporedje"},
		"text.bidi":        {"%s vsebuje neviden znak za smer besedila %s, zaradi katerega se besedilo lahko bere drugače, kot je zapisano", "samo vidni znaki (poročilo samo določi smer jezikov, ki se pišejo od desne proti levi)", "izbrišite ga; če je zapisan kot ubežno zaporedje (npr. \\u202E), izbrišite zaporedje"},
		"parse.tab":        {"za zamik je uporabljen tabulator", "zamik s presledki", "tabulator nadomestite s presledki"},
		"parse.syntax":     {"napaka v skladnji YAML: %s", "veljaven YAML", "preverite zamike (presledki, ne tabulatorji) in narekovaje na tem mestu"},
		"parse.too-many":   {"dokument ima več kot %s vrednosti", "dokument v velikosti opisa projekta", "preverite, ali je to prava datoteka"},
		"parse.too-deep":   {"vrednosti so ugnezdene globlje od %s ravni", "plitva zgradba opisa projekta", "preverite zamike"},
		"parse.alias":      {"vzdevki YAML (*ime) niso dovoljeni", "vrednost, izpisana v celoti", "vzdevek nadomestite z vrednostjo, ki jo predstavlja"},
		"parse.key":        {"ključ mora biti navadna beseda", "ključ, kot je locality:", "ključ zapišite kot besedilo"},
		"parse.dup":        {"ključ %q se pojavi dvakrat", "vsak ključ enkrat", "odstranite enega od obeh; prvi je v vrstici %s, stolpec %s"},
		"doc.not-mapping":  {"opis projekta mora biti sestavljen iz polj", "polja, kot so locality:, models: in answers:", "začnite s predlogo, ki jo pripravi `exitguide init`"},
		"field.unknown":    {"neznano polje %q", "eno od polj %s", "odstranite ga ali preverite črkovanje in zamik"},
		"field.near":       {"neznano polje %q", "eno od polj %s", "ste mislili %q? Sicer ga odstranite"},
		"field.missing":    {"manjka polje %q", "vrednost za %s", "tukaj dodajte `%s:`"},
		"field.text":       {"%s mora biti besedilo", "besedilo", "vpišite besedilo; če je videti kot število ali datum, ga dajte v narekovaje"},
		"field.list":       {"%s mora biti seznam", "seznam, npr. [prvi, drugi]", "postavke zapišite kot seznam"},
		"field.mapping":    {"%s mora biti sestavljeno iz polj", "polja v obliki ključ: vrednost", "preverite zamik"},
		"field.empty":      {"%s je prazno", "nekaj besedila", "izpolnite ga"},
		"version":          {"proposal: mora biti 1", "1, različica oblike datoteke", "zapišite `proposal: 1`"},
		"date.invalid":     {"%s %q ni veljaven datum", "datum v obliki LLLL-MM-DD", "datum zapišite kot LLLL-MM-DD, npr. 2027-03-31"},
		"model.unknown":    {"neznan model %q", "eden od %s", "uporabite eno od oznak modelov"},
		"model.near":       {"neznan model %q", "eden od %s", "ste mislili %q?"},
		"model.dup":        {"model %q je naveden dvakrat", "vsak model enkrat", "odstranite enega od obeh"},
		"lang.unknown":     {"neznan jezik %q", "eden od %s", "uporabite eno od jezikovnih oznak"},
		"crit.unknown":     {"neznano merilo %q", "oznaka merila iz %s", "`exitguide init --model MODEL` izpiše oznake; sicer odgovor odstranite"},
		"crit.near":        {"neznano merilo %q", "oznaka merila iz %s", "ste mislili %q?"},
		"crit.other-model": {"merilo %q spada k modelu %q, ki ga projekt ne navaja pod models", "merila iz %s", "dodajte %q pod models ali odstranite odgovor"},
		"answer.mapping":   {"odgovor na %q mora biti sestavljen iz polj", "status: in po potrebi evidence:, owner:, due:, reason:, notes:", "preverite zamik"},
		"status.invalid":   {"%q ni veljavno stanje", "eno od %s", "uporabite eno od stanj"},
		"status.near":      {"%q ni veljavno stanje", "eno od %s", "ste mislili %q?"},
		"planned.owner":    {"načrtovano merilo potrebuje odgovorno osebo", "kdo bo poskrbel, da bo vzpostavljeno", "dodajte `owner:` z imenom ali vlogo ali izberite drugo stanje"},
		"planned.due":      {"načrtovano merilo potrebuje rok", "kdaj bo vzpostavljeno, LLLL-MM-DD", "dodajte `due:` z datumom ali izberite drugo stanje"},
		"na.not-allowed":   {"za merilo %q odgovor not-applicable ni mogoč", "in-place, partly, planned ali not-started", "vsaka ponovitev tega modela ga potrebuje: izberite drugo stanje"},
		"na.reason":        {"not-applicable zahteva utemeljitev", "zakaj merilo lokalno ne velja", "dodajte `reason:` s stavkom utemeljitve"},
		"schema":           {"%s", "", ""},
	},
	"he": {
		"read.missing":     {"הקובץ לא נמצא", "נתיב של קובץ הצעה", "כדאי לבדוק את הנתיב; `exitguide init` יוצר קובץ הצעה חדש"},
		"read.dir":         {"זו תיקייה ולא קובץ", "נתיב של קובץ הצעה", "יש לציין נתיב של קובץ ‎.yaml‎ בתוך התיקייה"},
		"read.error":       {"אי אפשר לקרוא את הקובץ: %s", "", ""},
		"parse.too-large":  {"הקובץ גדול מדי: %s", "לכל היותר %s", "כדאי לוודא שזה הקובץ הנכון; קובץ הצעה שוקל קילובייטים ספורים"},
		"parse.utf16":      {"הקובץ שמור בקידוד UTF-16", "טקסט בקידוד UTF-8", "יש לשמור את הקובץ בקידוד UTF-8"},
		"parse.empty":      {"הקובץ ריק", "הצעה", "אפשר להתחיל מהתבנית ש-`exitguide init` יוצר"},
		"parse.comments":   {"בקובץ יש הערות בלבד", "הצעה", "יש למלא את השדות"},
		"parse.not-utf8":   {"בקובץ יש בתים שאינם טקסט UTF-8", "טקסט בקידוד UTF-8", "יש לשמור את הקובץ בקידוד UTF-8; אי אפשר לקרוא קובץ בינארי"},
		"parse.nul":        {"בקובץ יש בית NUL", "טקסט", "אי אפשר לקרוא קובץ בינארי; כדאי לוודא שזה הקובץ הנכון"},
		"errors.more":      {"עוד %d בעיות אינן מוצגות (%d בסך הכול)", "", "יש לתקן את הבעיות המוצגות ולבדוק שוב; קובץ עם כל כך הרבה בעיות כנראה אינו קובץ הצעה"},
		"parse.control":    {"בקובץ יש תו בקרה %s", "טקסט ללא תווי בקרה מלבד טאב ומעבר שורה", "יש למחוק אותו (ברוב העורכים הוא בלתי נראה: יש להקליד מחדש את המילה שבה הוא נמצא)"},
		"text.control":     {"בשדה %s יש תו בקרה %s", "טקסט ללא תווי בקרה מלבד טאב ומעבר שורה", "יש למחוק אותו; אם הוא כתוב כרצף בריחה בתוך מירכאות (למשל ‎\\a‎ או ‎\\x07‎), יש למחוק את הרצף"},
		"text.bidi":        {"בשדה %s יש תו כיווניות בלתי נראה %s, שעלול לגרום לטקסט להיקרא אחרת ממה שכתוב בו", "תווים גלויים בלבד (הדוח קובע בעצמו את כיוון הכתיבה של שפות מימין לשמאל)", "יש למחוק אותו; אם הוא כתוב כרצף בריחה (למשל ‎\\u202E‎), יש למחוק את הרצף"},
		"parse.tab":        {"נעשה שימוש בטאב להזחה", "הזחה ברווחים", "יש להחליף את הטאב ברווחים"},
		"parse.syntax":     {"שגיאת תחביר YAML: %s", "YAML תקין", "כדאי לבדוק את ההזחה (רווחים ולא טאבים) ואת המירכאות במקום הזה"},
		"parse.too-many":   {"במסמך יש יותר מ-%s ערכים", "מסמך בגודל של הצעה", "כדאי לוודא שזה הקובץ הנכון"},
		"parse.too-deep":   {"הערכים מקוננים ביותר מ-%s רמות", "המבנה השטוח של הצעה", "כדאי לבדוק את ההזחה"},
		"parse.alias":      {"כינויי YAML ‏(‎*name‎) אינם מותרים", "הערך כתוב במלואו", "יש להחליף את הכינוי בערך שהוא מייצג"},
		"parse.key":        {"מפתח חייב להיות מילה פשוטה", "מפתח כמו locality:", "יש לכתוב את המפתח כטקסט"},
		"parse.dup":        {"המפתח %q מופיע פעמיים", "כל מפתח פעם אחת", "יש למחוק אחד מהשניים; הראשון בשורה %s, עמודה %s"},
		"doc.not-mapping":  {"ההצעה צריכה להיות אוסף של שדות", "שדות כמו locality:,‏ models: ו-answers:", "אפשר להתחיל מהתבנית ש-`exitguide init` יוצר"},
		"field.unknown":    {"שדה לא מוכר %q", "אחד מהשדות %s", "יש למחוק אותו, או לבדוק את האיות ואת ההזחה"},
		"field.near":       {"שדה לא מוכר %q", "אחד מהשדות %s", "האם הכוונה ל-%q? אחרת יש למחוק אותו"},
		"field.missing":    {"חסר השדה %q", "ערך עבור %s", "יש להוסיף כאן `%s:`"},
		"field.text":       {"%s צריך להיות טקסט", "טקסט", "יש לכתוב כאן טקסט; אם הוא נראה כמו מספר או תאריך, יש להקיף אותו במירכאות"},
		"field.list":       {"%s צריך להיות רשימה", "רשימה, למשל [ראשון, שני]", "יש לכתוב את הפריטים כרשימה"},
		"field.mapping":    {"%s צריך להיות אוסף של שדות", "שדות בצורה מפתח: ערך", "כדאי לבדוק את ההזחה"},
		"field.empty":      {"%s ריק", "טקסט כלשהו", "יש למלא אותו"},
		"version":          {"הערך של proposal: צריך להיות 1", "1, גרסת מבנה הקובץ", "יש לכתוב `proposal: 1`"},
		"date.invalid":     {"%s %q אינו תאריך תקין", "תאריך בצורה YYYY-MM-DD", "יש לכתוב את התאריך בצורה YYYY-MM-DD, למשל 2027-03-31"},
		"model.unknown":    {"מודל לא מוכר %q", "אחד מאלה: %s", "יש להשתמש במזהה של אחד המודלים"},
		"model.near":       {"מודל לא מוכר %q", "אחד מאלה: %s", "האם הכוונה ל-%q?"},
		"model.dup":        {"המודל %q מופיע פעמיים", "כל מודל פעם אחת", "יש למחוק אחד מהשניים"},
		"lang.unknown":     {"שפה לא מוכרת %q", "אחת מאלה: %s", "יש להשתמש באחד מקודי השפה"},
		"crit.unknown":     {"קריטריון לא מוכר %q", "מזהה קריטריון של %s", "הפקודה `exitguide init --model MODEL` מציגה את המזהים; אחרת יש למחוק את התשובה"},
		"crit.near":        {"קריטריון לא מוכר %q", "מזהה קריטריון של %s", "האם הכוונה ל-%q?"},
		"crit.other-model": {"הקריטריון %q שייך למודל %q, שאינו מופיע בהצעה תחת models", "קריטריונים של %s", "יש להוסיף את %q תחת models, או למחוק את התשובה"},
		"answer.mapping":   {"התשובה ל-%q צריכה להיות אוסף של שדות", "status: ולפי הצורך evidence:,‏ owner:,‏ due:,‏ reason:,‏ notes:", "כדאי לבדוק את ההזחה"},
		"status.invalid":   {"%q אינו מצב תשובה", "אחד מאלה: %s", "יש לבחור אחד מהמצבים"},
		"status.near":      {"%q אינו מצב תשובה", "אחד מאלה: %s", "האם הכוונה ל-%q?"},
		"planned.owner":    {"לקריטריון מתוכנן נדרש אחראי", "מי דואג שהוא ייושם", "יש להוסיף `owner:` עם שם או תפקיד, או לבחור מצב אחר"},
		"planned.due":      {"לקריטריון מתוכנן נדרש מועד יעד", "מתי הוא ייושם, בצורה YYYY-MM-DD", "יש להוסיף `due:` עם תאריך, או לבחור מצב אחר"},
		"na.not-allowed":   {"אי אפשר לענות not-applicable על הקריטריון %q", "in-place,‏ partly,‏ planned או not-started", "כל שכפול של המודל הזה זקוק לו: יש לבחור מצב אחר"},
		"na.reason":        {"לתשובה not-applicable נדרש נימוק", "מדוע הקריטריון אינו רלוונטי במקום", "יש להוסיף `reason:` עם משפט הסבר"},
		"schema":           {"%s", "", ""},
	},
}

// text returns the catalogue entry for key in lang (English when lang has
// no catalogue), formatted with the message arguments; expected and fix
// take their own arguments.
type texts struct{ lang string }

func (t texts) get(key string) msg {
	if m, ok := messages[t.lang][key]; ok {
		return m
	}
	return messages["en"][key]
}

// errAt builds an error at the value at pointer with the catalogue entry key.
func (t texts) at(d *yamlpos.Doc, pointer, key string, margs, eargs, fargs []any) *yamlpos.Error {
	m := t.get(key)
	return d.At(pointer, sprintf(m.Msg, margs), sprintf(m.Expected, eargs), sprintf(m.Fix, fargs))
}

func (t texts) atKey(d *yamlpos.Doc, pointer, key string, margs, eargs, fargs []any) *yamlpos.Error {
	m := t.get(key)
	return d.AtKey(pointer, sprintf(m.Msg, margs), sprintf(m.Expected, eargs), sprintf(m.Fix, fargs))
}

func (t texts) bare(file, key string, margs, eargs []any) *yamlpos.Error {
	m := t.get(key)
	return &yamlpos.Error{File: file, Msg: sprintf(m.Msg, margs), Expected: sprintf(m.Expected, eargs), Fix: m.Fix}
}

func sprintf(format string, args []any) string {
	if len(args) == 0 || !strings.Contains(format, "%") {
		return format
	}
	return fmt.Sprintf(format, args...)
}

func args(a ...any) []any { return a }

// parsePatterns recognise the messages of yamlpos.Parse so they can be
// given in the report language; the captured parts become the arguments.
var parsePatterns = []struct {
	re  *regexp.Regexp
	key string
	exp bool // the Expected text carries the second argument
}{
	{regexp.MustCompile(`^file is too large: (.*)$`), "parse.too-large", true},
	{regexp.MustCompile(`^file is encoded as UTF-16$`), "parse.utf16", false},
	{regexp.MustCompile(`^file is empty$`), "parse.empty", false},
	{regexp.MustCompile(`^file holds no data, only comments$`), "parse.comments", false},
	{regexp.MustCompile(`^file contains bytes that are not UTF-8$`), "parse.not-utf8", false},
	{regexp.MustCompile(`^file contains a NUL byte$`), "parse.nul", false},
	{regexp.MustCompile(`^file contains the control character (U\+[0-9A-F]+)$`), "parse.control", false},
	{regexp.MustCompile(`^YAML syntax error: a tab character is used for indentation$`), "parse.tab", false},
	{regexp.MustCompile(`^YAML syntax error: (.*)$`), "parse.syntax", false},
	{regexp.MustCompile(`^document has more than (\d+) values$`), "parse.too-many", false},
	{regexp.MustCompile(`^values are nested more than (\d+) levels deep$`), "parse.too-deep", false},
	{regexp.MustCompile(`^YAML aliases \(\*name\) are not allowed$`), "parse.alias", false},
	{regexp.MustCompile(`^a mapping key must be a plain word$`), "parse.key", false},
	{regexp.MustCompile(`^duplicate key "(.*)"$`), "parse.dup", false},
}

var (
	yamlDepth = regexp.MustCompile(`^YAML syntax error: exceeded max depth of \d+$`)
	atMost    = regexp.MustCompile(`^at most (.*)$`)
	firstDup  = regexp.MustCompile(`first is at line (\d+), column (\d+)`)
)

// translateParse gives a yamlpos.Parse error in the report language. An
// error it does not recognise is kept as it is.
func (t texts) translateParse(e *yamlpos.Error) *yamlpos.Error {
	if yamlDepth.MatchString(e.Msg) {
		// The YAML parser's own depth limit, met before Limits.MaxDepth is
		// checked (block sequences such as "- - - - x"): the same problem.
		d := *e
		d.Msg = fmt.Sprintf("values are nested more than %d levels deep", Limits.MaxDepth)
		e = &d
	}
	for _, p := range parsePatterns {
		m := p.re.FindStringSubmatch(e.Msg)
		if m == nil {
			continue
		}
		c := t.get(p.key)
		out := *e
		var margs []any
		for _, s := range m[1:] {
			margs = append(margs, s)
		}
		out.Msg = sprintf(c.Msg, margs)
		out.Expected = c.Expected
		out.Fix = c.Fix
		if p.exp {
			if mm := atMost.FindStringSubmatch(e.Expected); mm != nil {
				out.Expected = sprintf(c.Expected, args(mm[1]))
			}
		}
		if p.key == "parse.dup" {
			if mm := firstDup.FindStringSubmatch(e.Fix); mm != nil {
				out.Fix = sprintf(c.Fix, args(mm[1], mm[2]))
			}
		}
		return &out
	}
	return e
}

// labels are the words around a message when it is printed.
var labels = map[string]map[string]string{
	"en": {"field": "field", "expected": "expected", "fix": "fix", "problems": "%d problem(s) in %s"},
	"da": {"field": "felt", "expected": "forventet", "fix": "sådan retter du det", "problems": "%d problem(er) i %s"},
	"sl": {"field": "polje", "expected": "pričakovano", "fix": "popravek", "problems": "%d težav(e) v %s"},
	"he": {"field": "שדה", "expected": "צפוי", "fix": "תיקון", "problems": "%d בעיות ב-%s"},
}

// Label returns a label word in lang (English when lang has none).
func Label(lang, key string) string {
	if s, ok := labels[lang][key]; ok {
		return s
	}
	return labels["en"][key]
}

// Format prints one problem in lang: the place, the message and the field
// (its JSON pointer), then what was expected and how to fix it.
func Format(e *yamlpos.Error, lang string) string {
	lang = msgLang(lang)
	var b strings.Builder
	b.WriteString(e.Where())
	b.WriteString(": ")
	b.WriteString(e.Msg)
	if e.Pointer != "" {
		fmt.Fprintf(&b, " [%s %s]", Label(lang, "field"), e.Pointer)
	}
	if e.Expected != "" {
		fmt.Fprintf(&b, "\n    %s: %s", Label(lang, "expected"), e.Expected)
	}
	if e.Fix != "" {
		fmt.Fprintf(&b, "\n    %s: %s", Label(lang, "fix"), e.Fix)
	}
	return b.String()
}

// MessageLang returns the language problems with a proposal are reported
// in: lang when the catalogue has it, otherwise the language the file asks
// for (read without validating), otherwise English.
func MessageLang(lang string, data []byte) string {
	if _, ok := messages[lang]; ok {
		return lang
	}
	if code, ok := DeclaredLanguage(data); ok {
		return msgLang(code)
	}
	return "en"
}

// DeclaredLanguage returns the language code a proposal's language: line
// names, found without parsing the file (for choosing message languages,
// and for loading only the texts a report needs).
func DeclaredLanguage(data []byte) (string, bool) {
	// The regular expression matches only at the start of a line that
	// begins with "language:", so it is applied from the first such line
	// (the same leftmost match as over the whole file, without scanning the
	// whole file).
	for off := 0; off < len(data); {
		if bytes.HasPrefix(data[off:], []byte("language:")) {
			if m := langLine.FindSubmatch(data[off:]); m != nil {
				return string(m[1]), true
			}
			return "", false
		}
		i := bytes.IndexByte(data[off:], '\n')
		if i < 0 {
			break
		}
		off += i + 1
	}
	return "", false
}

var langLine = regexp.MustCompile(`(?m)^language:\s*["']?([a-z]{2,3})["']?\s*(?:#.*)?$`)
