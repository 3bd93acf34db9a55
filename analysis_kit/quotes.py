"""Quotes: direct quotes, partial quotes and scare quotes, with their speakers.

:func:`quotes` finds quoted text in German news and says who is quoted.

Quote marks
-----------
German low-high quotes („…“, also „…”), straight quotes ("…"), guillemets in both
directions (»…« and «…») and single German quotes (‚…‘) are paired. A mark opens a
quote where it stands before a word (white space or the paragraph start before it) and
closes one where it stands after a word; a mark that fits neither side is read from
the marks still open (``“`` closes an open ``„``, and opens an English-style quote
only when nothing is open, which ``”`` closes, or ``“`` again, as web text writes it: *“Wir
bleiben“*; a straight ``"`` after a word also closes an open ``„`` or ``“``, as mixed
marks in web text do). An English-style ``“`` left open at the end of its paragraph is a
stray mark, mostly a cut-off text such as a tweet's, not a quote: it is skipped. Nested
quotes (‚…‘ inside „…“) belong to the outer quote: only outermost quotes are returned.
A „ or » right before another one, in a paragraph with more of them than of closing marks
(a typo: *„Wir bleiben offen, sagte X. Moskau sprach von einer „Provokation“*), never
closed: it is skipped, so that the quote after it is found; so is a straight ``"`` before a
word right before another one, in a paragraph with an odd number of them (straight marks do
not nest).

A quote may run over several sentences and several paragraphs. German news marks a
quote that goes on in the next paragraph by leaving it open at the paragraph end and
opening the next paragraph with a quote mark again; a quote left open at a paragraph end
continues when the next paragraph of the same article starts with an opening mark, and
is closed at the paragraph end otherwise.

Every style is attributed alike: once paired, the marks of each quote are read as „…“
by the rules below (a paper's name in a speaker, *sagte Pistorius der »Welt«*, is found in
guillemets, straight and English marks too), and a speaker keeps the marks as written.

Pairing the marks is the one step that runs per paragraph in Python: a small state
machine walks the quote-mark tokens (a few per paragraph) once, in order, so it is
linear in the number of marks. Everything else (rewriting the paired marks, contexts,
speakers, actors, kinds) is Polars expressions and joins over the whole
frame.

Speakers
--------
Tried in this order for each quote (the ``cue`` column says which rule found it; an
attribution right after the quote, only a comma or nothing between, comes before any
other: *X stellt sich vor Y: „…“ wird der Franzose zitiert* is the Frenchman's; but a
quote inside a sentence-initial clause of saying is that clause's: *Während X erklärte,
..., „…“, räumte Y ein* is X's):

1. after the quote: „…“, *sagte* X / *so* X / *erklärte*, *betonte*, *meinte*, *warnte*,
   *fügte* X *hinzu*, *teilte* X *mit*, *fuhr* X *fort*, *schrieb* X, *das sagte* X ...
   (rarer verbs only right after the quote: *witzelte* X, *hakte* X *nach*; *ließ* X
   *erklären* also at the end of the sentence: *Er habe „…“ und ..., ließ der Geschäftsmann
   über seinen Anwalt erklären*)
   (``cue`` is the verb); an agency that quotes someone gives the one quoted („…“, *zitierte
   die Agentur Tass den Minister* X, *zitierte die „Iswestija“ einen Offizier*, *zitierte die
   Agentur Interfax Peskow*, *zitiert die „Computerwoche“ Lynch in einem Bericht*; from a
   document, the document with its author: *zitierte Tass aus einer Mitteilung des
   Ministeriums*, "Mitteilung des Ministeriums"; a pronoun
   before the subject, *zitierte ihn die Agentur Interfax*, is taken up like *er*; also before
   a colon: *IRNA zitierte den Präsidenten mit den Worten:* „…“ (also a neuter noun: *zitierte
   das Delegationsmitglied* X, *ein Mitglied der Delegation*), also with a relative clause
   before *mit den Worten*, or a pronoun, taken up like *er* or *sie* (*Xinhua zitierte sie
   mit den Worten:* „…“), or in the passive: *wurde er vor Ort mit den Worten zitiert:*
   „…“, not the report named before it; the one a speaker quotes in the first person, as
   speeches and commentaries do: *Ich zitiere den Kollegen* X*:*, *Lassen Sie mich den
   Bundespräsidenten zitieren:*, *Ich erlaube mir, Herrn Professor* X *zu zitieren:* „…“,
   not the subject of the sentence before; and in the sentence after: „…“ *Mit diesen Worten
   zitierte die Agentur Interfax den Generalstabschef* X, also with the day between and no
   article: *die Agentur RIA Nowosti am Mittwochabend Ministerpräsident* X) and a report
   that names its source gives the source („…“, *berichtete Tass unter Berufung auf* X; also
   *unter Berufung auf* X elsewhere in the sentence, also inside an inserted attribution:
   *Wie Interfax unter Berufung auf* X *meldete*, ``cue`` ``"berufung"``); hearsay with
   *soll* and a participle of saying gives its subject (X *soll die Nato als* „…“
   *bezeichnet haben*, *Laut Interfax soll* X *gesagt haben, ...*, *Laut einem Bericht der
   „Welt“ soll* X ...); a source that
   quotes someone named with no article („…“, *zitiert ndr.de Polizeisprecher* X), a
   conclusion that reads („…“, *lautet das Fazit der Analyse*), a certainty („…“, *ist sich*
   X *sicher*) and a paper in any quote marks (*titelte der "Corriere della Sera"*) count
   too; the subject of a subordinate clause around the quote, its verb last, comes first of
   all (*..., während der Kreml von einer „…“ sprach*: the Kremlin, not the main clause's
   subject; also opening the sentence: *Während X von „…“ sprach, warnte Y*), and an
   addressee may stand between the verb and its speaker (*„…“, sagte der Nachrichtenagentur
   Reuters ein Offizier*), and so may an extended attribute of the speaker (*„…“, sagte der
   in Moskau geborene Politologe* X: the speaker is the role and the name; also two joined
   by *und*: *der in Kiew geborene und heute in London tätige Analyst* X; also with adjectives
   after the participle: *Die im Exil lebende belarussische Oppositionsführerin* X); a passive of
   quoting keeps the speaker's place and name (*„…“, wurde der Botschafter in Pjöngjang, X,
   von TASS zitiert*); a noun after a conjunction after the verb is none (*als „…“
   bezeichnet und die Minderheit zum Widerstand aufgerufen*);
2. before the quote: X *sagte*: „…“, X *sagte*, „…“, *sagte* X: „…“, *so* X, „…“ and the
   colon introduction X: „…“ (``cue`` ``":"``; also after a dash in a headline: *Finalsieg
   über Tomic – Thiem:* „…“), and an inserted source before a colon (*Wie die Sprecherin
   des Ministeriums, X, vor Journalisten sagte:* „…“);
   A subject before the verb (X *sagte der Zeitung*: „…“) is tried before a name after the
   verb, but a clause of saying after a comma that a colon closes right before the quote comes
   first (*Die Zahlen sagten wenig aus, betonte die Dänin:* „…“, also *gab* X *zu bedenken:*);
   perfect tense and hearsay (X *hat ... erklärt*:, *soll* X ... *gesagt haben*:,
   tried before the present tense), the rest of the quote's clause before the attribution
   („…“ *sei, hatte* X *gesagt*; also a verb of saying that closes the sentence, before a
   list of where and to whom: *..., das ... sei, sagte X vor Politikern, Offizieren und
   Experten*),
   a paper in quote marks (*schrieb „Die Zeit“*) and a quote in brackets right after a
   name (X („…“)) count here too, as do a first-person voice before a colon with quote marks
   only around a part (*Kramp-Karrenbauer: Wir haben „…“*), a voice with its topic after a
   headline dash (*– Kaiser über Lösung:* „…“) or the name that ends such a segment (*–
   Als Nachfolger gehandelter Zidane:* „…“), a person or body labelling a headline before its
   colon with the quote later in it (*Lawrow: Nato ist* „…“, *Griechische Regierung: ... war*
   „…“; not a topic or place: *Kiew: ...*, *Neue Regeln: ...*; tried after the subject rules),
   a person's name alone before a short quote in lower case in a headline with no verb
   (*Lawrow „besorgt“ über ...*; ``cue`` ``"name before quote"``; not *Kritik „unberechtigt“*),
   also a state, body or capital of the lexicon with a state of mind or a stance (*Kreml
   „besorgt“*, *Russland „enttäuscht“ von ...*; not a writer's label: *Russland „isoliert“*),
   and the subject before a relative clause of saying
   (*Macron, der in einem Interview gesagt hatte:* „…“; not an object before one: *die
   Marke, die X zum Ziel erklärt hatte:*). A quote with its attribution right after it,
   only a comma between („…“, *sagte* X, *hieß es in* X, *soll* X *gesagt haben*), is a
   whole clause (a subject with a relative clause that opens the sentence is the subject of
   the verb after it, whose noun is its object: *Stoltenberg, der den Gipfel eröffnete, wies
   die Kritik zurück: „…“*), also where the quote closes a relative clause (*Polen habe einen
   Verbündeten, der „…“, so der Minister*; but in *Biden, der die Nato als „…“ bezeichnete,
   betonte ...* the relative clause is the subject's; a full quote after a sentence that *so*
   X closes goes on with X: *Das sei nötig, so X. „…“*; a subject's place does not hide its
   relative clause: *Ein Hauptfeldwebel aus Thüringen, der ..., sagte, ...*);
3. *laut* X, X *zufolge*, *nach Ansicht/Angaben/Worten/der Ankündigung des* X (the one
   nearest to the quote; *Nach Schäubles Idee*: the phrase; a name in quote marks: *Nach
   Informationen der „Bild“*; a pronoun, taken up like *er* and *sie*: *Laut ihm*, *Ihr
   zufolge*), the owner of a claim whose
   content holds the quote, before any attribution of the main clause (*Auf den Vorwurf der
   CDU, es handele sich um einen „…“, antwortete die SPD*: the CDU; *Kiews Vorwurf, Russland
   habe „…“*, *die Forderung Moskaus, die Nato müsse „…“*), *wie* (*während*, *nachdem*) X
   *erklärte*, *wie* or *zumal* X *betont hatte*, and a trailing or inserted *, so* X in the
   quote's sentence (``cue`` ``"laut"``, ``"zufolge"``, ``"nach"``, the verb or ``"so"``); a
   colon introduction may carry a short adverbial (*Ein Polizeisprecher nach der Festnahme:*
   „…“); a source right after a verb of saying is not the speaker, the verb's subject is
   (*X sagte laut der Agentur RIA Nowosti, die Übung sei „…“*; also in a relative clause
   between: *Biden betonte nach dem Gespräch, das nach Angaben aus Delegationskreisen ...
   dauerte, ...*), nor is one before a main
   clause with an auxiliary first, its subject and a participle of saying (*Nach Angaben der
   Agentur hat Lawrow die Pläne als „…“ bezeichnet*: Lawrow; also after a name in quote
   marks: *Laut einem Bericht von „Spiegel Online“ hat Putin ...*);
4. the subject of the quote's sentence: X *versicherte*, dass ... „…“, *wie* X *ausführte*,
   ..., or with the verb first (*Am Montag äußerte sich* X: „…“, also with an adverb
   between: *So hat sich etwa* X *ausgesprochen und behauptet*; the subject of the quote's
   own clause after a semicolon first, where it says something: *Auch die USA riefen zur
   Zurückhaltung auf; ein Sprecher des Außenministeriums sagte, man stehe „…“*, also over a
   speaker rules 1 to 3 found before the semicolon: *Im Fernsehen hieß es, ...; westliche
   Militärkreise wiesen dies als „…“ zurück*); for a short
   quote only when
   the sentence has a verb of saying (or *Meinung*, *Ansicht*, a participle of saying, or a
   finite verb before a dass-clause: *prangerten an, dass*) or X names a person or body (its
   head, the words before a genitive or preposition, holds a role noun such as *Sprecher*,
   or a first and last name, or it is a person of the article: a surname after a role noun
   elsewhere in it, "Ministerpräsident Günther Oettinger" for "Oettinger", or a person of
   the actor lexicon; "Seine Zuversicht" does not), and its verb can carry words: one of
   saying, judging, advising or taking a position, an auxiliary, a modal or the copula (*Der
   Forscher riet zu „…“*, *setzt auf „…“*, *hatte den Bericht als „…“ zurückgewiesen*; or a
   name it gives itself or a thing: *präsentiert sich als „…“*, *stellte die Pläne als „…“
   dar*), not one of doing (*Der Minister besuchte die „Frontstadt“ Charkiw*, *Putin
   unterzeichnete das Gesetz über „ausländische Agenten“*: scare quotes), and not in a main
   clause of its own in the indicative (*Der Minister kam zu spät, es begann das „Chaos“*;
   but *warnte, es drohe*, *findet, das ist „…“*). A topic label may
   open the sentence (*Europapolitik: Die SPD will ...*); a kind of words right before the
   quote as its example is no speaker (*skandierten Parolen wie „…“*); a thing of someone's (*Seine
   Zuversicht gründet sich auf ...:* „…“) is no speaker (its owner is named before), but a
   person close to someone is (*Sein Schützling*, *Ihr Mann*, *Sein Büro*); adverbs such as
   *selber*, *wiederum*, *seinerseits*, *etwa* may stand between a subject and its verb, and
   a day, a place or an occasion between a verb and the subject after it (*„…“, sagte am
   Montag* X, *sagte in Berlin* X, *erklärte auf einer Pressekonferenz* X); a number of
   people is a subject (*mehr als 100 Wissenschaftler*, *Einer der 13 beteiligten
   Feuerwehrmänner*, also in a document's name: *In der Erklärung der drei Länder heißt es*;
   not a number of things: *bis zu 3,5 Milliarden Euro*), and so is an unnamed group that says
   the quote, though a quantifier alone names no one elsewhere (*Manche
   sagen:* „…“, „…“, *sagen viele*: no speaker from the sentence before); a stance before
   a colon with indirect speech after it is a person's or a body's (*Der Minister war
   zurückhaltender: Es gebe „…“*, *X gab sich kämpferisch: Man werde „…“*, also with a
   relative clause after the subject and what the stance is about: *X, die ..., zeigten sich
   über den Ton verärgert: Man habe „…“*; not *Die Lage ist ernst: Es gebe „…“*); a subject
   right before its verb needs no dative or accusative article or preposition earlier in its
   main clause (*Den ... verbliebenen Flüchtlingen sicherte X zu*, *In einem ... Video sagte
   X*: X, not the noun before the verb); ``cue`` is the verb (*geben* with a particle of
   saying: *X gab an, dass*, *gibt zu*); a subject found by an auxiliary (*hat*, *wird*)
   counts last (*X hat den Angriff als „…“ verurteilt*: ``cue`` ``"hat"``; only at the start
   of a sentence, so that a genitive after a quote, *„…“ der Stiftung Warentest hat*, is no
   subject; but after *und*, *aber*, *doch* ... with a participle of saying, which is the
   ``cue``: *Die Opposition schwieg, doch der Kanzler hat erklärt, die Lage sei „…“*);
   participles of judging (*verurteilt*, *bezeichnet*, *gewarnt*, ...) count as
   saying; an opinion (X *ist der Meinung*, *zeigte sich überzeugt*, *geht davon aus*; a
   share of people in a poll holds one too: *Rund 60 Prozent der Befragten teilen die
   Meinung*; a report or a study speaks for its authors: *Der Bericht kommt zu dem
   Schluss*, but not in the subjunctive, *Die Studie zeige*) and
   taking a stand (*nahm* X *zu der Frage Stellung*) count as saying; of two main clauses
   the one right before the quote gives its subject (*Die Nato bezeichnete das Manöver als „…“,
   Moskau sprach von einer „…“*; not the content of a verb of saying: *Peskow sagte, die
   Lieferungen führten nur „…“*, and *führen* says something only with *aus*; also after *,
   und*, with a *dass* clause of its verb, and after an object of the clause before: *Die
   Slowakei übernimmt den Vorsitz, Premier
   Robert Fico fürchtet, dass ... „…“*), and so does a second subject whose verb is left out
   (*Russland sprach von einer „…“, der Westen von einer „…“*), and the subject after a verb
   of saying has a second verb after *und* (*..., sagte Scholz am Samstag in Frankfurt und
   sprach von „…“*); a noun before the verb of a subordinate clause whose subject came first is
   its object (*Nachdem das Königshaus die Verlobung bestätigt hat*; a word in -te right after
   *was*, *dass*, *ob* ... is no verb at all: *..., was detaillierte Rückschlüsse zulässt*),
   and so is a noun after a verb with a subject before it (*Alan Posener legte die Pause aus*),
   but a noun with *die*, *das* or *eine* that opens the sentence is the object when *der* and
   a masculine role or body follow the verb (*Die Pläne der Nato bezeichnete der russische
   Außenminister als „…“*; not a dative: *Die Partei stimmte der Reform zu*), or when a thing
   that no one says anything opens it and a
   name or *sie* follows a verb of saying in the singular (*Die Vorwürfe wies Lawrow als „…“
   zurück*, *Befürchtungen, ..., wies sie zurück*, also with no article in the plural; not a
   body or a document: *Die Erklärung nennt Russland einen „…“*), or a noun with its article
   follows a verb in the singular where the thing is a plural (*Die Vorwürfe wies die
   russische Botschaft zurück*); whatever opens the sentence, *er*, *ich*, *wir*, *du* or
   *man* right after the verb is its subject (*Russland warf er vor, ...*, *Ursprünglich
   wollte er „…“*, *Kündigungen wolle man vermeiden*), and so is *sie* after a verb in the
   singular when a plural opens it (*Weitere Maßnahmen schloss sie nicht aus:*); a present
   participle after an auxiliary is no verb (*X hat entsprechende Berichte als „…“
   zurückgewiesen*); a thing as the subject of a verb in the subjunctive is said by someone
   else (*Die Studie zeige*, *Die Recherchen hätten ergeben*, *Die Kinos könnten*), and so
   is the content of indirect speech in a sentence with no verb of saying, a person or body
   as its subject too (*Außerdem hätte der Sender X „…“ gegeben* after
   *„…“, so Suttner*: Suttner's, by the rules below; also with an auxiliary in the
   subjunctive: *Seine Regierung habe lediglich „…“ geschützt*); a subject is not looked for
   inside the words of another quote, nor before a headline segment with a verb of its own
   (*... – Blaue orten „…“*); a pronoun subject yields to the name an attribution after
   another quote of its sentence gives (*Sie wisse, dass „…“ sei, hatte X gesagt, doch
   „…“*), also one with its verb in the subjunctive to a name attributed after its quote
   (*Sie sei „geschockt“ über das Geschehen, sagte die Königin, ihre „…“*); a subject with a
   long apposition needs a finite verb after it (X, *ein Mitglied des Rats, das ...,*
   *sagte*); adverbs may stand before a final verb (*wie X immer wieder betont hat*); before
   the subject rule, the clause around a short quote: a passive agent of a judgement (*von*
   X *als „…“ bezeichnet*, *eingestuft*, ...; only in the passive or its participle as an
   attribute, *die von X als „…“ bezeichnete Gruppe*: in *Das Amt hat den
   Angriff auf den Hafen von Odessa als „…“ verurteilt* Odessa is none; the subject of such
   a passive is judged and no speaker, also after a clause of another verb: *Die Wiener
   Linien gelten als SPÖ-nah und wurden als „…“ bezeichnet*) or its holders opening the
   sentence with *in* (*In Moskau wird* Y *als „…“ gesehen*, *In den Medien war* Y *als
   „…“ bezeichnet worden*; not a time or an occasion: *In der Nacht*, *In einem
   Interview*), talk held
   there (*In Moskau ist von einer „…“ die Rede*; in a document, its author's: *In einem
   Schreiben an die Mitarbeiter war von „…“ die Rede*, *In der gemeinsamen Erklärung ist von
   ... die Rede*, a feminine dative being no addressee there), "man" in a place or a body of the
   actor lexicon (*In Moskau sprach man von einer „…“*, *Im Kreml hält man* Y *für „…“*:
   Moscow, the Kremlin; not *Im Sommer*, *Im Internet*), a relative
   clause (X, *der ... als „…“ sieht*; where the relative pronoun is the object, the
   clause's subject, a name or *er*: *Die Gespräche, die Macron als „…“ bezeichnete*,
   *Gruppen, die er als „…“ bezeichnete*), a speaker after the quote (*Von „…“ sprach* X)
   and a noun of opinion with its owner before a colon (*Das Fazit von* X *fällt deutlich
   aus:* „…“, *Putins Botschaft war eindeutig:* „…“, the noun phrase as the speaker); A
   quote that opens its sentence may be
   taken up by the next one with a verb of saying or answering or a modal (*„…“ Das musste X
   einräumen.*, *„…“ Mit diesen Worten reagierte X*, *Damit reagierte X*, *X reagierte
   damit*; also after a dash in its own sentence: *„…“ – das sagte X*, *„…“ – davon ist X
   überzeugt*; not *Das ist die Lage*, nor *damit* before a clause: *Experten rechnen damit,
   dass ...*; ``cue`` the verb; *Mit diesen Worten* with any verb also after a quote inside its
   sentence: *Die Antwort kam prompt: „…“ Mit diesen Worten reagierte X*, where "Die Antwort"
   alone names no speaker; where the reaction names a place or a body, *Die Antwort aus
   Moskau kam prompt:*, a person named so after the quote comes first, also with *Das* or
   *So*: *„…“ Das erklärte die Sprecherin X*, and a document: *„…“ So heißt es in einer
   Erklärung des Außenministeriums*) or named as someone's
   words by it
   (*„…“ Diese Worte des Präsidenten X ...*, *Von diesem Versprechen des* X *...*, *Diese X
   zugeschriebene Weisheit*, also after a quote inside its sentence); the passive of quoting
   around the
   quote names the one quoted (X *wird mit den Worten „…“ zitiert*), and so does an agency
   that quotes someone before it (*Die Zeitung zitierte einen Offizier mit den Worten „…“*);
5. another quote of the same sentence (or, for short quotes, of the same paragraph)
   that has a speaker (``cue`` ``"same paragraph"``; not a name right after its noun whose
   speaker was found after it: *Der Chef des Wahlbündnisses „Irakija“, X, warf Y vor*); but a
   short full quote standing as a
   sentence right after a sentence of saying of its paragraph goes to rule 6 first (*„…“,
   sagte X. Die Linke widersprach. „…“*: die Linke); a short quote whose own sentence has a
   subject that does something (a verb in the indicative that neither says nor carries
   words: *Der Minister besuchte die „Frontstadt“ Charkiw*, *Damit droht Europa eine
   Rückkehr in die „…“*; *droht* says only with *mit*, a clause, or right after the quote:
   *„…“, drohte der 69-Jährige*) is the writer's label, and
   so is a reputation in the indicative (*Nawalny, der als bekanntester »…« Russlands gilt*,
   *Er galt als „…“*; not *gelte*) or a label in the passive with no agent (*der im Westen
   als „…“ bezeichnet wird*; not *könnten als „…“ betrachtet werden*): neither this rule nor
   rule 6 gives it a speaker, and a label takes none from its own sentence either;
6. a speaker with a verb of saying, or a person-like subject, in the sentence before (``cue``
   ``"previous sentence"``; a person-like subject only when the quote is a full one or its
   sentence shows reported speech; also after a demonstrative object, *Dem widersprach* X, with
   an apposition, X*, der Oppositionsführer, ist anderer Meinung*, and after an auxiliary of
   the perfect, a participle of saying closing the clause: *Mit scharfen Worten hat* X *am
   Samstag die Politik der USA kritisiert*, not the noun before the participle; not the
   pluperfect, *X hatte gesagt*; a dateline's comma, *München (Deutschland), 11.02.2007 –*,
   opens no clause), "man" in a place of the lexicon (*In Moskau sieht man das
   anders.*), also *Nach Ansicht von* X, *Laut* X, X *zufolge* and an
   inserted *, so* X*,* there (across a paragraph break, a short quote is the speaker's
   only in a sentence in the subjunctive without a verb of saying of its own: *X warnte vor
   einer Eskalation. / Russland habe „alle Grenzen überschritten“*); a person introduced
   with *war* or *ist* right before a full quote standing as a sentence of its own (*Der
   Außenminister war am Dienstag in Genf. „…“*; not after a sentence that holds an
   attributed quote, whose words may hold such a subject: *„… Meine Kinder sind zu alt“,
   sagte X. „…“* goes on with X by rule 7); in a
   chain of indirect speech (the quote's sentence and those between in the subjunctive:
   *X berichtet ... . Man sei ... . Der Plan bestehe aus „…“*) the subject of a verb of
   saying two or three sentences back in the same paragraph, or a source named there
   (*... wollten laut Orban ... . Ungarn könne ... . „…“*: Orban; also *nach Angaben* X,
   X *zufolge*, and an attribution that closes that sentence: *Die Konferenz habe gezeigt,
   ..., sagte X. Es fehle an Tempo. „…“*); a full quote that stands as a
   sentence of its own goes on with such a chain (*X wies die Vorwürfe zurück. Die Abwehr
   sei ... . „…“*), and *er* with a verb in the subjunctive (*Er sei zu dem Schluss
   gekommen*, *Nach eingehender Prüfung sei er ...*) is a speaker of the sentence before;
   so is *er* or *sie* in the subjunctive after a person who did anything (*Lawrow griff
   die Nato an. Sie habe „…“*: Lawrow), unless that sentence takes up another person
   (*traf ihn*);
7. for a full quote, the speaker of the quote before it in the article, also along a run
   of such quotes (a speech quoted paragraph by paragraph after *X sagte:*), each at most
   two paragraphs after the one before; for a short quote in a sentence in the subjunctive
   of indirect speech (*sei*, *habe*, *werde*, also verbs in -te whose stem ends in -t:
   *behalte*, *erwarte*), at most one paragraph after the quote before (``cue`` ``"previous
   quote"``). A quote whose speaker is *er* or *sie* starts a run of its own, which goes on
   only while no other quote comes between, with the one the pronoun stands for (*Wörtlich
   sagte er: „…“ Wer ... gewählt habe, werde „…“*; not a speaker of the run before it). A
   sentence that lies inside a quote is the speaker's words: no rule looks for a subject in
   it.

A speaker is a name-like span: an optional article and adjectives, then capitalised words
(titles, names, compounds such as "Nato-Generalsekretär Jens Stoltenberg", nouns of age such as
"der 58-Jährige"), with name particles (and abbreviations: "Putin in St. Petersburg", initials:
"C.Y. Leung"; "von" and "zu" also without the first name where the article gives the name with
one: "sagte von Hagen" after "Friederike von Hagen", but not a set phrase, "kam Anna zu Besuch";
see :func:`_with_particle_names`), a name in quote marks after its noun ("die Wochenzeitschrift
„Jungle World“") or as a genitive ("ein Sprecher der „Letzten Generation“", also after an
adjective: "der sogenannten „Volksrepublik Donezk“"), a role in quote marks right after the
article, with its genitive and the name in apposition ("Der sogenannte „Ministerpräsident“ der
„Volksrepublik Luhansk“, Leonid Passetschnik"), a name in apposition before a relative
clause ("Der Anführer der Separatisten, Wadim Krasnoselski, der ..., warf", also with its
role: "Die Leiterin des Zentrums, die Italienerin Chiara Rossi, die ..., sagte") or after it
(see below), a self-styled role in quote marks before the name ("Ihr selbst ernannter
„Verteidigungsminister“ Eduard Saizew"), a place before a participle in a genitive ("Die
Leiterin des in Tallinn ansässigen Zentrums"), an adverb
before an adjective ("der sichtlich genervte Austin"), a time between article and adjective
("einer am Montag veröffentlichten Erklärung des Kremls"), a place before a participle
after the article, before a person's role or name, which is left out as it is after a verb
("Der aus Usbekistan stammende Sherzod Tursunov, der ..., hat": Sherzod Tursunov; not a
thing's: "Das in München vorgestellte Modell"), a role's country or rank ("die
UN-Nothilfekoordinatorin für den Sudan", "Kapitän zur See Indrek Mägi"), an age in words
before a name ("die 47 Jahre alte Swetlana X"), a name in
apposition after a role's field ("der UN-Sonderkoordinator für den Nahost-Friedensprozess,
Alessandro Di Marzio,") or after where the role is held ("dem Vertreter des Ministeriums im
Parlament, Generalmajor Iwan X,"), a name with a particle in lower case ("Rodolfo dela Cruz", "ter
Horst"), where a speaker comes from with adjectives after its article ("Ein Arzt aus dem
letzten noch funktionierenden Krankenhaus"), a name in apposition before
*zufolge* ("Dem Kommandeur der Truppen in Europa, General Ben Hodges, zufolge") or before
the verb after *wie* ("wie ein Sprecher des Rates, Gordon Johndroe, mitteilte"),
an office in a ministry or an office ("Die Staatssekretärin im US-Außenministerium Victoria
Nuland", "Der Berater im ukrainischen Präsidialamt Serhij X"; not
"der Minister im Bundestag"), genitives ("der Generalsekretär der Allianz", also with two
adjectives: "Medienvertreter der
kritischen thailändischen Öffentlichkeit", or an indefinite article: "ein Vertreter einer
Hilfsorganisation"; but a paper after a name or a role other than its staff is the one spoken
to: "sagte Lawrow einer Moskauer Zeitung"), a party in brackets and an apposition (",
Sebastian Edathy", ", der Sprecher der Fraktion,"; also a name that opens the sentence before a
role whose closing comma is missing: "Jens Stoltenberg, Generalsekretär der Nato sagte"), or two
of them joined by "und".
Well-known surnames that open with a particle (*von der Leyen*, *de Maizière*, *zu
Guttenberg*, ...) are names in both spellings, and so is any surname whose particle is no
German word (*sagte van Dijk*, *de Lacroix*, *De Masi*, *ter Horst*; *von* and *zu* are also
prepositions: *berichtete von Problemen*). Academic titles are part of a name (*Dr.*, *Prof.*,
and the Austrian *Mag.*, *Ing.*, *Dipl.-Ing.*). After a verb whose object is a dative
(*vorwerfen*, *vorhalten*, *unterstellen*, *attestieren*, *bescheinigen*), a name after a
noun with its article is that object when no other dative follows (*Darin warf die
Organisation Israel vor, ...*: the organisation; *warf die Gewerkschaft Verdi den
Arbeitgebern vor* keeps its apposition). A question word (*Warum folgen Sie ...*), an
item of a list of things (*Zweites Beispiel:*, *Erstere Alternative*; not an office: *Erster
Bürgermeister*), a pronoun after a relative article (*laut der Sie gesagt haben*), a case
(*In diesem Fall heißt es*) and a language (*Im Englischen heißt es*) are no speakers; a name
in quote marks after a name is capitalised or, in lower case, has no ending of an adjective
(*von der Leyen kündigte „massive“ Sanktionen an*: no part of her name).
After "der", adjectives in -en and feminine nouns mark a dative or genitive ("Der
britischen Zeitung sagte X", "Der Zeitung „Iswestija“ sagte X", also a paper's capitalised
name: "Der Süddeutschen Zeitung", "Der „Frankfurter Allgemeinen Zeitung“ sagte sie"), which
is no subject; "laut" right after a verb of saying names where the words were reported, not
who said them (*Der Botschafter sagte laut der Zeitung „Koha Ditore“, ...*: the ambassador);
a comparative alone before the verb is no subject either (*Zurückhaltender äußerte sich X*,
*Noch deutlicher wurde X:*, also *X wurde deutlicher:*, and how one sounded: *Anders klang
X:*), nor a participle with an adjective's ending (*ernannter*), nor "das" before a name
after the verb (*Anders sieht das Merkel*: Merkel; not before a noun: *das Parlament*);
nor is a span after a preposition such as *anlässlich* or
inside a cross reference in brackets (*(Wikinews berichtete)*). The noun right after a
quoted adjective that follows an article is the head of its phrase, no subject (*der Welt
ein „unipolares“ Modell aufzwingen*); a quoted word after *von einer* is what one speaks
of, no owner of a statement (*sprach in einer Erklärung von einer „…“, die „…“*); and a
verb of saying inside another word opens no report (*übergibt* holds *gibt*).
A fixed adverbial before the verb ("Unter anderem fordert X", "Vor allem sagte X") is no
phrase whose noun could be the subject's object.
Spans that start with a preposition ("In der ARD"), dative or accusative articles
(after a verb), or capitalised adverbs ("Zudem", "Am Montag", any adverb of textblob-de's
lexicon alone: "Neuerdings") are no speakers, nor is an event (*hieß es auf einer
Pressekonferenz*: the quote stays direct, with no speaker). A noun after the auxiliary of a
subject that opens the sentence is the participle's object (*Die Regierung hatte Russland
beschuldigt*), and a name's genitive may open an object before the verb (*Johnsons
Ausflüchte kontrastierte der frühere Leiter*). Quotes whose speaker is the same words
share the actor found for one of them.
An adverb of a side that opens the sentence is no subject, nor a possessive that opens one
(*Seinerseits erklärte Außenminister X*, *Ihrerseits betonte die Ministerin*: the subject follows).
A dative pronoun that opens the sentence is no speaker (*Ihm widersprach die Obfrau X:*),
and an abstract noun after *eine* is the object before *sie* (*Eine militärische Lösung
wies sie zurück:*). A dative that opens the sentence is the addressee (*Dem US-Sender
CNN sagte X*), not a
speaker (but *Dem Bericht zufolge*); a unit of a quantity is none (*125.000 Pfund*). A
subject that blames (*X gab Belgrad die Verantwortung*) is taken up by *er* or *sie* after it.
A thing of someone's (*seine Botschaft*) stands for its owner and is taken up like *er* or *sie*; a
document named where it is not the subject (*hieß es in der Erklärung*, *in der Meldung*, *dem
Schreiben zufolge*, *Darin heißt es:*, *Darin wird X als „…“ bezeichnet*, a bare *„…“, hieß es
weiter.*) stands for its
author: the owner that one of the three sentences before in the paragraph names with the same
document (*Nach einem Bericht der IAEA ... verfügt das Land ... . In dem Bericht heißt es:*:
the IAEA), else the subject of the sentence before when that sentence names a document (*Der
Kreml reagierte mit einer Stellungnahme*; for a bare *hieß es* any subject there), else
the nearest person, body or actor that one of the three sentences before in the paragraph
has saying or reacting (*Energoatom wies das zurück. Russland beschieße ... . In einer Mitteilung
hieß es:*; a body of the state by its compound too: *Dies teilte das Einsatzführungskommando mit.*,
or a press office: *Darüber teilte mit der Pressedienst des Unternehmens DTEK.*, the particle before
the subject as machine translation puts it), else the most recent named speaker, else the document
stays (as the subject too: *der Bericht führt aus*). A sentence before that itself reports what a
document says (*Die Schiffe hätten „…“, hieß es in der Erklärung*, *Wie es in der
Abschlusserklärung heißt, sollen ...*) gives no author; *Darin heißt es* after it is that
document (*der Abschlusserklärung*). *Darin heißt es* after a sentence that names a
document takes its author only from that sentence, else that document stays the speaker
(*Ägypten und Katar, die ..., veröffentlichten eine gemeinsame Erklärung. Darin heißt es:*:
*eine gemeinsame Erklärung*, not a speaker named before). An
author found goes with the document's noun in brackets, so the speaker says both who and
where: *Der FSB (Erklärung)*. A document with a relative clause that quotes it (*eine
Resolution, in der es heißt, ...*; cue ``"in der es heißt"``) is the speaker as written; a
document is taken up by no *er* or *sie*. *sie* with a verb in the plural (*Sie sollen
„…“ geplant haben*) takes up no single person. A past form the lexicon knows only as an
adjective is a verb before a word in lower case (*X veröffentlichte am Montag*, not
*Russlands verschärfte Gangart*).
A speaker in brackets after a quote that opens its sentence is its speaker („…“
(*Heinz-Christian Strache*)).
The occasion, time, channel or addressee of speaking after a name is cut from the speaker
(also the house spoken in: *Scholz im Bundestag*, *vor dem Sicherheitsrat*, and the place
after a name the lexicon knows: *Putin in Moskau*):
*Merkel in ihrer Rede*, *der Minister im Gespräch mit ...*, *die Polizei in einer
Mitteilung*, *Giffey im ZDF*, *X bei Twitter*, *Ataman im Mai*, *X in der Nacht*, *X bei
Vorlage der Zahlen*, *X am Rande des Gipfels*, *Lawrow dem Sender*,
*Lokowandt der Deutschen Presse-Agentur*, *Noa X der Menge* (but *ein Sprecher der
Nachrichtenagentur* keeps the agency he works for, *der Sprecher der Polizei in Dortmund* his
place, and a name in apposition after a comma stays: *die Delegationsleiterin beim Klimagipfel, X*).
textblob-de's tagging lexicon rules out a cue that is never a verb (an attributive
adjective, a determiner, a preposition: "Jelpkes wissenschaftlicher") and a speaker of
several words that opens with an adverb, conjunction, demonstrative or a possessive of the
first person or not in the nominative ("Auch Rom", "Mein Fazit", "Ihres Pakets"). Where
two rules find speakers at the same place, the longest span wins (with its apposition),
so the result does not depend on the order in which work finishes. A verb of saying that
closes the sentence after a comma names the speaker of all of it (*A wollten die „…“
ankündigen, sagte X*), before the sentence's own subject A. A label before a colon is no
speaker when the sentence goes on after the quoted words (*Facebook: „Bürgerwehren“
stellen ...*).
A pronoun *er* or *sie* after its quote whose sentence has a speaking subject before the
quote is that subject (*Besorgt äußerte sich X: „…“, sagte er*; also before a colon that
opens reported speech, a person of the pronoun's gender: *Erdoğan, der ..., gab sich
zuversichtlich: Er glaube, dass Putin „…“ sei, sagte er*; or inserted after the colon:
*Sacharowa wurde deutlicher: Es sei bezeichnend, schrieb sie, „…“*); one right after a sentence
of the same paragraph whose subject said something (also in the perfect: *X hatte Fehler
eingeräumt*) or took a stance that closes it (*X gab sich in einer Ansprache, die ...,
unbeeindruckt.*) is that subject (*In seiner Rede erklärte Johnson, ... . Er werde „…“*), and
one right after a passive of saying is its agent (*Die Offensive wurde von einer
Sprecherin bestätigt. Sie sagte ...*). Otherwise a subject pronoun takes up the person-like
subject of the sentence before it in the same paragraph (also one introduced there with a
copula or a verb of going: *Generalstabschef X ging noch weiter. Er sagte, ...*; *Noch
deutlicher wurde X. Er schrieb ...*; *Ganz anders klang X. Er warnte ...*; also with a role in
apposition, *Mariam X, Lehrerin aus Marjayoun, ist ...*, *Deutlicher wurde Tamar X, Mitglied des
Sicherheitskabinetts.*, the comparative no subject, nor a noun with its adjective and no
article, the predicate, where a name closes the sentence: *Überragender Spieler war Torhüter X,
der ...*; nor one inside quoted words; a passive's subject with its verb first, the agent cut:
*Am Donnerstag wird Bundespräsident X erwartet*, *Dabei wurde ein Landwirt von einer Kugel
getroffen*; a cause or a concession that opens the sentence is none: *Trotz der Niederlage
zeigte sich X zufrieden*; a name alone with a copula or a modal,
first or right after the verb: *Oltmanns war überglücklich*, *Mitte Dezember soll Gerst ...*, but
no participle that opens a passive sentence: *Angeführt wurde der Widerstand von X*; or the
subject of a clause that opens the sentence, its main clause with *es*: *Wenn Chen Yu-ting
abends telefoniert, geht es selten um Politik.*), or closing the
paragraph before, also an actor of the
lexicon there (a person by surname, a body with its article: *Selenskyj dankte den Verbündeten.
„…“, sagte er*, *Der Kreml reagierte prompt. Er sprach von ...*, *Die Nato-Staaten ... Sie
erklärten*, before any speaker named earlier; but an epithet or a role as that subject, *Der
54-Jährige*, *Der Generaldirektor*, takes up someone itself, so the pronoun looks on for a name
before it, in its paragraph or the one before, a name by its last word, no role nor common noun,
else takes the epithet: *Georg B. bewirtschaftet einen Hof. Der 54-Jährige rechnet vor, ... .
„…“, sagt er* is B.) (*Der Bundeskanzler nahm Stellung. Er bezeichnete
diese als „…“*; in the quote's own sentence, the subject of a clause before a semicolon comes
first, whatever it did: *Westerwelle bestellte den Botschafter ein; die Verantwortlichen müssten
„…“, sagte er*; also for a pronoun taken from the sentence before the quote: *X äußerte sich.
Er verwies auf ... . „…“*); a pronoun that goes on from the sentence
before (the same pronoun is its subject, or in it) takes up the subject of the sentence
before that (*Die Ministerin reiste nach Kiew. Dort traf sie X. „…“, versicherte sie*),
else
the most recent named speaker before the quote in the same article (but not one of an earlier
paragraph that the pronoun's paragraph does not name again, where that paragraph names a person
by a first name before the pronoun: that person, *„…“, sagte Meinert. / ... schildert Sabine K.,
Leiterin einer Schule. Sie unterrichte selbst. „…“, erzählt die 58-Jährige*: K.; where a pronoun of
its kind stands between them and took up someone named later, that one: in *... von Roland
Wüest. Er bezeichnete X als „…“. „…“, rief der 56-Jährige* both are Wüest's), else the most
recent person mention of the lexicon or name-like pair of capitalised words (also opening a
sentence, when the lexicon does not know its first word as another word: *Giovanni
Trapattoni ist zurück*, not *Nachdem Putin*), or that name's last
word alone (*Horst Köhler* ... *sehe er, Köhler, keine Alternative*; ``speaker`` then holds
the full name). Where that speaker shows no gender and stands before the sentence before, a
person of the pronoun's gender that the sentence before names comes first, a name before a
role (*Von der Bundeskanzlerin liegt eine Stellungnahme vor. Sie sagte*: *die
Bundeskanzlerin*). A person inserted as the source where a sentence opens counts as a named
speaker (*Wie Innenminister X am Abend sagte, wurden ... . „…“, fügte er hinzu*: X, not a
speaker before; only a person whose role or name shows the gender). A double surname is a
name like any other (*Dagmar Lohse-Yıldız*), and so is an East Asian given name (*Chen
Yu-ting*), an Arabic surname with its article (*Abdulmalik al-Sunaidi*) and a name with
particles (*Friederike von Arnim-Sallwitz*, *Ramon dela Paz-Villanueva*, *Joris van der Berg*;
no word of the lexicon on either side: not *Merkel von Journalisten*); two capitalised words
after *aus*, *in* or *nach* are a place, no name (*Grundschullehrerin aus Kfar Saba*), and so
are those after a noun of a kind of place (*im Stadtteil Gohlis*, *Landkreis Görlitz*); a role in
apposition after a name, its age between, gives the name's gender (*Yael Ben-Ami, 58,
Grundschullehrerin*). A capitalised *Sie* inside a sentence is the
polite address and stays
*Sie* (*„…“, wie Sie fordern*). Names inside quoted words are no antecedents (*„Lewandowski ist eine
Option“, sagte er*), nor are subjects there (*„Wer droht, spielt Moskaus Spiel“, schrieb X. ...,
fügte er hinzu*; also where the sentence opens inside the quote), nor, for a pronoun after its
quote, names in the indirect speech it reports, from its sentence's start or colon to the quote
(*Kuleba reagierte empört: Putin habe Guterres und Erdoğan „…“, schrieb er*: Kuleba, also
where Erdoğan spoke before; a reaction before the colon speaks like a verb of saying). Pronouns
agree in gender: *er* never takes up a feminine, plural or neuter phrase (*die Ministerin*, *die
Grünen*, *das Ministerium*, *Kanzlerin X*), *sie* never a masculine or neuter one (*der Minister*,
*ein Sprecher*, *Herr X*, *Kremlchef X*), nor with a verb in the singular (*sagte sie*) a plural
that a number or a quantifier opens (*Beide Parteien*), a noun in *-en* after *die* (*die Behörden
in Kiew*), a bare plural of persons (*Polizisten*, *Demonstranten*, *Beamte*, *Einsatzkräfte*,
*Bewohner*, *Augenzeugen*) or a man's role after *die* (*Die Staats- und Regierungschefs der 26
NATO-Staaten*, *Die Außenminister des Bündnisses*); past such a plural subject of the sentence
before, the pronoun takes up the subject of the sentence before that (*Die Ministerin verbot den
Verein. Bei Razzien durchsuchten Beamte 50 Wohnungen. „…“, erklärte sie*: the minister), and so it
does past a sentence with no subject found that goes on with indirect speech (*X wies die Vorwürfe
zurück. Die Festgenommenen seien beteiligt gewesen. „…“, sagte er*: X), or whose subject it does not
take up has its verb in the subjunctive (*Zurückhaltender urteilt X. Die Führung in Teheran wisse,
dass ... . „…“, sagt sie*: X), or whose subject is a thing in a sentence in the subjunctive with no
verb of saying (*Kritischer äußerte sich X. Zusagen nützten wenig, wenn sie ... erfüllt würden. „…“,
sagte die 49-Jährige*: X). A person-like subject of the indirect speech that a sentence with no
subject of its own reports after a comma is taken up like the subject of that sentence (*Aus Ankara
hieß es, Präsident X habe ... angeregt. „…“, sagte er*: X). A relative shows the gender of the noun
(*Ihr Vater, Pjotr Chrustalew*: a man; *seine Tochter*). A name shows the gender of its first name
(*Annalena Baerbock*, from the curated list in ``data/names.toml``; a double first name of two of
the list that of its first: *Radu-Florin Ionescu*); a surname alone the gender its article showed
with a first name or a role (*Jörg Tauss* ... *Tauss*, *Außenministerin X* ... *X*, a man's first
name of the list first, though it ends like a woman's role: *Dorin Ciobanu*, a role the name stands
in apposition to: *der Sprecher der Marine, Bohdan Kowaltschuk*, also a role before a first name not
in the list: *Ministerpräsident Arben Krasniqi*, which is a person's name then, whatever the first
name's ending; a military rank shows no gender, which a woman holds too, *Brigadegeneral Corinna X*,
but its article does: *der inzwischen pensionierte Generalleutnant Hubertus von Kaltenborn*, and so
does the article of any noun of a person, a man's by its ending (*der eingewechselte Stürmer Marvin
Oltmanns*) or one made of an adjective (*die Abgeordnete X*); a name's particles count as part of
it), else that of a public figure of the list (*Putin*, *Merkel*) or of a Slavic ending
(*Sacharowa*, *Lawrow*); otherwise, or where the article gives a surname both genders (*Bill und
Hillary Clinton*), it fits both (*Putin empfing Baerbock. Sie sagte ...*: Baerbock). A singular
pronoun after two subjects joined by *und* takes the one of its gender, where only one agrees
(*Lawrow und Baerbock äußerten sich. „…“, sagte sie*: Baerbock). An epithet, a nation's, a region's
or a political family's member or an age (*der Norweger*, *die Walliserin*, *die
Grünen-Politikerin*, *der Rechtspopulist*, *der 43-Jährige*, which also takes up a surname alone
that is no actor of the lexicon), or a role (*der Minister*, *die Sprecherin*), is taken up like
*er* or *sie* (and so is a pronoun or a quote that took over such an epithet): the person found, by
name, in the epithet's paragraph or the one before with no other name or person of the lexicon
between (an article or a preposition with two capitalised words is none: *Im Brüsseler Abkommen*),
of a gender and an actor that fit the epithet and, for a role, carrying it (*Außenminister Sergej
Lawrow* for *der Minister*; not *Kanzler Olaf Scholz* for *der Präsident*), is the speaker, the
epithet in brackets after the name (*„…“, sagte der 43-Jährige* after *Der Regisseur Oleh Senzow ist
frei.*: "Der Regisseur Oleh Senzow (der 43-Jährige)"; an actor the name does not give is the
epithet's, *der Franzose*: France). An age (*der 61-Jährige*) no one was found for that way
stands for the one person the article names with that age before it, however far back (*Der
61-jährige Reinhard Obermaier*, *Reinhard Obermaier (61)*; see :func:`_ages_back`). A former
role (*die frühere estnische Regierungschefin*, also with the body it was held in: *der
frühere Kommandeur der Befreiungsarmee UÇK*) need not be carried.
A role of a nation's (*der ukrainische Präsident*, *der polnische Außenminister*) is carried by a
person whom the lexicon gives that nation (*Selenskyj*, *Sikorski*), and by no person of another
state (not *Macron*).
A role is carried under another of its names (*der Kremlchef* by *der russische Präsident* X,
Russia's only; *der Regierungschef* by *Ministerpräsident* X; *der Diplomat* by *der Botschafter*
X), also where the article gives it before the name elsewhere (*Präsident Dmitri Medwedew* ...
*sagte Medwedew* ... *fügte der Kremlchef hinzu*); persons between whose roles the article gives,
none of them the epithet's, are then no rivals (*sagte Medwedew bei einem Treffen mit
Verteidigungsminister Anatoli Serdjukow*). Where a person the article names with a first name opens
a sentence between that name and the epithet, or stands in apposition to the noun that opens it
(*Senzow, der ..., gab sich kämpferisch*; *Der Leiter der Konferenz, Christoph Heusgen, zog
Bilanz*), the last such person is the one the epithet stands for, under the same checks. A name
found with a role in apposition after it is still a name (*Oberst X, Sprecher der
Übergangsregierung*). An epithet found to stand for another quote's epithet stands for the name
that one was found to be, if it fits that name too (*Die Präsidentin der Versammlung, Anna Berg,
... sagte die frühere Ministerin: „…“ / Die Grünen-Politikerin betonte ...*: Berg); for the fit
only the person counts, not the body of a role before a name in apposition (*Die Präsidentin der
UN-Generalversammlung, Annalena Baerbock* may be a party's politician).
A role that no name found carries (the subject of the sentence before is a
reporter asking: *Ein Reporter wollte wissen, ... „…“, antwortete der General*) is the one person
the article names with that role before it, right before the name (also with a country's genitive
between, as translated pages write it: *der Verteidigungsminister der Ukraine Ruslan X*; a role of
the law too: *die Vorsitzende Richterin Dorothea X*) or in apposition (*Generalleutnant Wolf-Dieter
Ankersmit*, *Die Sprecherin des Außenministeriums, Maria Sacharowa,*, *Fregattenkapitän Jorinde
Haselhorst, die Kommandantin*; a place or a country right after a name of three words is
its object, no part of it: *hat Präsidentin Maia Sandu Russland ... vorgeworfen*; a former
holder is the *Ex-* of the role: *Der frühere russische Präsident Dmitri Medwedew* for *der
Ex-Präsident*; ranks count: *der General* for a *Generalleutnant* or the
*Generalinspekteur*, *der Admiral* for a *Vizeadmiral*, *der Offizier* for any rank, also one
between a role and the name, *Armeesprecher Oberstleutnant X*; *der Anwalt* for a *Verteidiger*;
*der Gouverneur* for *der Chef der regionalen Militärverwaltung, X*; a compound for a role of a
body with the name in apposition, *der Kremlsprecher* for *der Sprecher des Kremls, X*, *der
Regierungssprecher* for *der Sprecher der Regierung, X*; *der Coach* for *Aues Trainer
X*, *der Ortschef* for *Bürgermeister X* or *Gemeindeammann X*, *der Staatschef* for *Machthaber X*,
*der Ombudsmann* for *der Menschenrechtsbeauftragte X*, *der Vorsitzende* for *Vorsitzender
X* (a noun made of an adjective, with its strong ending before a name), *der Oppositionelle* for
*Oppositionspolitiker X*, *der Angeklagte* for *den Angeklagten X*), unless two persons hold it (and
only one of them in the epithet's paragraph: *Paderborns Trainer X* paragraphs before *Aues Trainer
Y ... schimpfte der Coach* is no rival), the one found has a word of it (*Ein russischer General*),
or the one found is a person whose role the article does not give (three capitalised words between
are a rival's role and name, not where one is an adjective of the lexicon: *in Richtung Europäische
Union*). A role that the article gives no one before the epithet (no word of it in the singular:
*die Abgeordneten* in the plenary do not count) is the name found, where that name stands alone
(with no role of its own; the body one is from and a party in brackets aside) in a sentence before
the epithet's and is no item of a list: *Deutlicher wurde Tamar X, Mitglied des
Sicherheitskabinetts. „…“, sagte die Ministerin*, *Skeptischer ist ihr Kollege Levan X. ...,
argumentiert der Politologe* (not *der Sohn, Bernhard X*, nor *Kanzler Olaf Scholz*, for *Der
Staatsanwalt* and *der Präsident*; not *Auf die Frage, ob Putin ..., sagte der Jurist*; not where
the epithet's sentence answers: *„…“, sagte Scholz. Dem widersprach der Oppositionsführer*; nor one
that the epithet's own sentence names beside it: *Der Ermittler ... will nach dem Abschluss des
Falls Demjanjuk ...*); a profession or a rank that the article gives no one before is the name found
there even with a role of its own (*Der Osteuropa-Experte X ... sagte der Politologe*,
*KFOR-Kommandeur X ... sagte der italienische Generalmajor*; not a rank for one of another rank:
*Oberst X ... so der General*), a quote that closes its sentence being a sentence's end. Roles
include scholars, lawyers and members (*der Politologe*, *die Ökonomin*, *der Jurist*, *die
Abgeordnete*, *der Vorsitzende*) and people the news meets, by what they do (*der Student*, *der
Leiter*, *die Landwirtin*, *der Ermittler*), not a rank, which a woman holds too (*Fregattenkapitän
Jorinde X*); a colleague of someone named before has no role of their own (*ihr Kollege Levan X*),
and a role may say where its holder is from (*der Diplomat aus Mali*, for *der UN-Sondergesandte für
Sudan, X*) or name the body by its noun or its name (*der Leiter der Behörde*, for *Der Leiter der
Wahlkommission X*; *der Sprecher des Kremls* for *Kremlsprecher X*); one who speaks for a foreign
ministry is a diplomat (*Die offizielle Vertreterin des Außenministeriums X* for *die Diplomatin*).
Otherwise the epithet stays the speaker. A speaker the article does not name who gave a name in a
relative clause right after it is that name (*Ein Bewohner von Slawjansk, der sich als Viktor
vorstellte,*: "Viktor (Ein Bewohner von Slawjansk)"; also *der ... den Namen X nannte*, *die ihren
Vornamen mit X angab*; not a role: *der sich als Sprecher ausgab*). A person by a noun with the
definite article that no name was found for takes up the unnamed person the quote before in its
paragraph is given to, or else the subject of the sentence before there, where the noun and the
article fit (*Ein Bewohner der Stadt sagte, ... „…“. „…“, sagte der Mann*: "Ein Bewohner der Stadt
(der Mann)"; *der Mediziner* for *Ein Arzt*, *der Offizier* for *Ein Kompaniechef*, *der
Diplomat* for *Ein Botschafter*; see :func:`_unnamed_taken_up`; a pronoun that took over such a
speaker, *antwortete er*, gets that person too). A body named by its
noun alone (*teilte die Organisation mit*, *schrieb der Kanal*, *das Blatt*, *die Miliz*, *Nach
Angaben des Ministeriums*) is the latest body the article named with that noun before it, in its
paragraph or the one before: "Reporter ohne Grenzen (die Organisation)" after *Die Organisation
Reporter ohne Grenzen* (a company by its trade too: *der Konzern* after *Der Autozulieferer
X*), also a name in quote marks (*Telegram-Kanal „Sewerny Front“*), before the
noun in a compound (*Die Hisbollah-Miliz*; not a common noun: *die Terror-Organisation*) or a
paper's name in quote marks that ends in the noun (*die „Märkische Oderzeitung“* for *Das Blatt*) or
in a paper's title word (*die „Rheinische Post“*, *der „Münchner Merkur“* for *das Blatt*, *die
Zeitung*); a body of the state by its compound (*das Ministerium*, *die Behörde*, *der Stab* for
*das Verteidigungsministerium der Ukraine*, *der Koordinierungsstab*; the Pentagon is a ministry),
also as the owner of a document (*heißt es in der Mitteilung des Unternehmens*, *In einer Erklärung
des Ministeriums hieß es*: "Ukrenergo (Mitteilung)", "Pentagon (Erklärung)"); see
:func:`_named_bodies_back`. With no such name, a body by its noun (*der Verband*, *die Partei*, also
a compound: *der Automobilclub*) is the latest body the article named before by its acronym with the
same article: "ADAC (der Automobilclub)" after *Der ADAC erinnerte ...*, "DUP (die Partei)" after
*Die nordirische DUP* (not a state: *die USA*), and the noun of a group a proper name
(*die Organisation* after *Die islamistische Hamas*; see :func:`_acronym_bodies_back`). A
subject found too long that runs from a bare plural of persons into the objects after it is cut
there (*hatten Demonstranten Flaschen und Pyrotechnik auf Beamte geworfen*: *Demonstranten*).
*Letztere(r)* and *erstere(r)* (*„…“, so letztere*) stay as written and take the actor and side
of the person of the lexicon named last, or the one named before that, in their paragraph or the
one before. A speaker is
linked to an actor of the lexicon when a mention (:func:`analysis_kit.actors.mentions`) starts
inside its span (*aus Moskauer Sicht*: the mention *Moskauer Sicht*); a person mention wins over an
organisation, a later mention over an earlier one, and the host an envoy is sent to counts only
where the span names nothing else (*der russische Botschafter bei der Nato*, *der russische
Nato-Botschafter*: Russia). One a compound or the role stands against is never the speaker's actor
(*der Kreml-Kritiker X*, *der Kremlkritiker X*, *der russische Oppositionelle X*, *die belarussische
Oppositionsführerin X*), nor is the owner of a university a scholar is from (*X von der
Bundeswehr-Universität*). A surname alone, a role before it or not, is the person of the lexicon the
article named in full before it (*Anders Fogh Rasmussen* ... *Rasmussen*), unless another person of
that surname, a first name before it, was named since (*Lars Løkke Rasmussen*). A role of someone's
(*Sein Sprecher*, *Ihr Vorsitzender*, *sagte dessen Sprecherin*) takes the actor and side of the
subject of the sentence before, where the lexicon knows it (*Der Kreml wies die Vorwürfe zurück.
Sein Sprecher sagte ...*: Kremlin, Russia). An epithet takes the one person of the lexicon of its
gender that sentence names (*Selenskyj äußerte sich. „…“, sagte der 45-Jährige*; *Lawrow traf
Baerbock. „…“, sagte die Grünen-Politikerin*: Baerbock; not after *Putin traf Lawrow.*, two of its
gender, nor after *Der Kreml reagierte.*). A speaker named by a role only (*der Generalsekretär*,
*die Kanzlerin*) is linked to the person the article named with that role before
(*Nato-Generalsekretär Mark Rutte*, *Jens Stoltenberg, der Generalsekretär der Nato*; the latest
such mention); its text stays as written where the epithet rule above found no one by name. So is a
body of a state named by its noun alone (*Das Ministerium*, *die Regierung*, *ein Sprecher des
Ministeriums*) to the latest mention that made such a body of an actor (*das russische
Außenministerium*, *das US-Verteidigungsministerium*, *die Regierung in Kiew*); failing that, to the
state (a country or its capital) that the sentence before has as its subject (*Moskau reagierte
scharf. Ein Sprecher des Außenministeriums nannte ...*: Russia).

Further attributions, common in security coverage: the verb first with an addressee before
the speaker (*Am Montag sagte der Agentur Interfax ein Offizier:*; a bare name right after
the addressee's noun is the addressee's: *sagte der Agentur Interfax:* gives no speaker
there), a demonstrative with its noun only before a name (*Dieser Arzt, Antonio Noja,
schilderte*), two subjects with *sowohl ... als auch* (before or after the verb), a view held
for someone (*Für den Kreml ist*, *ist für die Nato „…“*, *Was für Moskau eine „…“ ist*,
``cue`` ``"für"``; also *aus Sicht* X, *in den Augen des Kremls*, *in Putins Augen*, ``cue``
``"aus"``, ``"augen"``), *wie es aus* X *hieß* (also *wie es in* X *heißt* after the
rest of the quote's clause: *„…“ zu verüben, wie es in der Mitteilung heißt*; what someone is
said to have agreed to is no words of theirs: *Er soll sich bereit erklärt haben, „…“ zu
verüben*), a message from X (*Die Botschaft aus Moskau ist
klar:*), what a document says (*In der Erklärung steht:*, ``cue`` ``"steht"``), the subject
by its own account (*Russland hat nach eigenen Angaben „…“ erreicht*, *Nach eigenen Angaben
hat die Armee ...*, *eigenen Angaben zufolge*, *Die Bundesregierung beobachtet die Lage nach
eigenen Angaben „…“*), a paper in a press review (*Im „Tagesspiegel“ aus Berlin heißt es:*,
*„…“, heißt es im „Tagesspiegel“*, *Die „taz“ ist skeptischer:*), a reaction
that came from someone (*Kritik kam von* X*:* „…“, *Aus* X *kam scharfe Kritik:* „…“,
``cue`` ``"kam"``; in the sentence before a quote standing as a sentence: *Kritik kam von*
X*.*, *Von* X *kam Widerspruch.*, *X reagierte prompt.*, *X
meldete sich zu Wort.*, before the speaker of an earlier quote of the paragraph); a clause
of its own after a colon has its own subject (*Heftige Kritik kam aus der Opposition: Die Linke
sprach von einer „…“*; also after a subject who speaks before the colon: *Moskau sieht das
anders: Generalstabschef* X *warnte, Polen setze sich „…“*: X); *Anders* opening a sentence is
an adverb (*Anders sieht das X*), not the first name (*Anders Fogh Rasmussen*); an object
before or after the verb is no part of the subject after it (*Das sieht der Minister anders:*,
*Dies teilte die Polizei mit.*, *Anders sieht das der Minister:*, *So sieht das auch X:*,
*Genauso sieht es X:*); an object in the accusative (*Einen Zusammenhang bestritt X:*) and an adverb
of the manner (*Offiziell bekannte sich Kiew nicht dazu*) are no speakers. A report inside a report
names the one reported (*Interfax berichtete, Lawrow habe erklärt, die Nato sei „…“*: Lawrow; also
with the auxiliary first: *Wie Interfax meldete, habe Lawrow die Pläne als „…“ bezeichnet*; *Der
Spiegel berichtet, dass Jung die Pläne als „…“ kritisiert habe*: Jung; *dass X den Ländern eine „…“
vorwirft*, *zitiert aus der Zeitung „…“, wonach X die Schuld ... zuweist, deren „…“*: X), and
so does a quoting with
the words reported after a comma (*Medien zitierten X mit den Worten, Russland werde „…“*; also
with no *mit den Worten*: *RIA zitierte den Vizeminister X, der Schritt sei „…“*), and
so does a threat after an inserted source (*Wie das Weiße Haus mitteilte, drohte Biden ... mit
„…“*: Biden; not *Wie die Agentur meldete, drohte dem Land eine „…“*, which is impending);
a source after the quote's own attribution reports it (*„…“, erklärte das Ministerium, wie
die Agentur Tass meldete*: the ministry).
*Deren* and *dessen* open a speaker like a possessive (*Deren Fraktionschef X sprach von*).

More: a modal verb with an infinitive of saying or a colon (*Nach dem Spiel musste der
Trainer zugeben:*, *Später mussten die Behörden einräumen, dass*), a plural past in *-ten*
after a fronted phrase (*In einem Video dankten die Eltern den Ärzten:*; a word in *-ten*
the lexicon knows as no verb, *unten*, is none), a person's state of mind before a colon
(*Der Bürgermeister ist empört:*, *Die Experten sind sich einig:*; not a thing's: *Die Lage
ist ernst:*), a live ticker's time before the subject (*16.10 Uhr: X hat ...*), a paper in
quote marks before a colon (*„Le Monde“: „…“*) or as a document (*In der „NZZ“ heißt es*),
*„…“, steht in dem Artikel*, *ist in X zu lesen*, a document that answers something (*In
einer Antwort der Regierung auf eine Anfrage der Grünen, die ..., heißt es*: the answer;
any words before its noun: *In dem 46 Seiten langen Dokument heißt es*), a
speaker in brackets (*„…“ (so der
Minister)*), a headline voice with a circumstance or an adverb (*X im Interview mit der
„Zeit“:*, *X dazu:*), one who went further (*X ging noch weiter:*), the one who asks a
question (*Auf die Frage eines Reporters, „…?“, antwortete Y*: the reporter's; *X war von
Moderatorin Y gefragt worden: „…?“*: Y's), someone's words named before a colon
(*erinnerte an Putins Worte:*,
*ein Zitat von X:*, ``cue`` ``"worte"``, ``"zitat"`` ...), a law or treaty that opens the
sentence (*Nach Artikel 5 des Nato-Vertrags gilt ...*), the one who raises a claim (*Kiew
erhob den Vorwurf, Russland habe „…“*). The sentence after a full quote may name its words
(*Mit dieser Aussage sorgte X für Aufsehen*, *Diese Worte stammen von X*, *X sagte das*,
also *X sagte das Ende Mai*, not *X kommentierte das Ende des Abkommens*,
*So lautete die Antwort von X*, *So die Worte von X*, *Davon ist X überzeugt*, *So sieht es
X*); a verb that disputes them gives no speaker (*Das bestritt X*, *Das dementierte X*,
*Das sieht X anders*), and neither does a claim the subject disputes (*Peskow wies den Vorwurf
zurück, Russland habe „…“*; a remark or report with an owner is the owner's: *wies Bidens
Äußerung, Putin sei ein „…“, zurück*, *hat Berichte der Zeitung „…“ zurückgewiesen, er sei
„…“*). Before a full quote of its own, the sentence may give a person's view or reaction
(*Bei X klingt das anders.*, *Für X ist die Sache klar.*, *Ganz anders X.*, *X dagegen.*,
*X winkt ab.*, a state of mind also of a body: *Die Opposition ist unzufrieden.*, *X bleibt
skeptisch.*, also with a relative clause after the subject: *Eine Anwohnerin, die im Viertel
lebt, war aufgewühlt.*, *Die Reaktion
des Ministers fiel deutlich aus.*, *Die Reaktion aus Moskau folgte prompt.*: a body or a
place of the lexicon may react too; *Der Minister wird deutlich.*). Epithets also name a
nation's or a political family's member (*der Norweger*, *der Sozialdemokrat*), and a quoted
name inside a speaker's name (*Der „Spiegel“ schreibt*) or spoken to after it (*sagte X
(SPD) dem „Spiegel“*) is no quote.

Kinds
-----
``direct``: a full utterance: more than five words, or ending with sentence
punctuation inside the marks, or introduced by a colon, or a whole clause followed by
its attribution („Nein“, sagte er). ``partial``: a phrase of five words or fewer inside
a sentence of reported speech with a speaker (rules 1 to 5, or 6 in the same paragraph
or in the subjunctive), and a longer fragment woven into such a sentence: lower case first,
no end mark, no colon before (*Russland behalte sich vor, „die Interessen seiner Bürger mit
allen Mitteln zu schützen“*), or a noun phrase right after a word of the writer's sentence
that closes it (*verteidigte das Vorhaben als „Schutz unserer Souveränität vor fremder
Einmischung“*; not what opens like a sentence of its own, *sagte „Wir bleiben“*).
``scare``: a short quoted phrase with no speaker (speaker, actor, side and cue are null),
and one the writer introduces with *so genannt* or *selbst ernannt* (*die so genannte
„Reichensteuer“*, *die sogenannte „Spezialoperation“*), also in a sentence with a speaker
found around it or as the subject of a verb that says nothing (*Kempf sprach ... . ... die
sogenannten „Tigerstreifen“*, *Er kam mit den sogenannten „Rosinenbombern“*); such a term
inside a speaker's name stays a scare quote as well (*Der sogenannte „Ministerpräsident“
..., X, erklärte*, *meldeten Behörden der sogenannten „Volksrepublik“ Donezk*). A short
quote in the noun phrase that opens a sentence with no sign of reported speech is the
writer's too, not the words of the speaker of the sentence before (*X kündigte an, ... .
Die seit November geltende „Waffenruhe“ wird gebrochen*, *Das Wort „kriegstüchtig“ hatte
...*).

Quoted names are not quotes and are left out: mottos and slogans (also with an end
mark), items of a list of titles (*Themen wie „…“, „…“ oder „…“*), titles of papers, books,
ships and products („Frankfurter Allgemeine Zeitung“, die Raumfähre „Discovery“, eine Drohne
vom Typ MQ-9 „Reaper“, sagte dem
„Spiegel“, „Al-Qaida“-Mitglieder, web addresses), names of laws, prizes, organisations and
events by their head noun („Gesetz zur Änderung des Passgesetzes“, „Ärzte ohne Grenzen“;
a campaign, action or operation only where its noun opens the name: „Schmutzkampagne gegen
Russland“, „Spezialoperation zum Schutz des Donbass“ stay quotes, and so does a label
someone speaks of: *Moskau spricht von einer „Operation zur Erzwingung des Friedens“*),
company names („Ener1 Group Inc.“, the full stop of the suffix no end mark), lower-case
names after an article (die „documenta“),
media and bodies named as a source (*wie „heise online“ berichtet*, *wie die „Aktion
Deutschland hilft“ mitteilte*, *des Magazins „profil“*, *„X“
berichteten*, *sagte er gegenüber „Politico“*) and
editions after an ordinal number (*die 22. „europäische Hackerkonferenz“*), the last
part of a compound (*im Ö1-„Morgenjournal“*), a paper a piece was written for
(*Gastbeitrag für „Welt“*) or that was spoken to or in (*sagte Merkel dem „Spiegel“*,
*sagte im „Spiegel“*; but after a verb of judging *die* and *den* mark its object, a
quote: *verurteilte die „Annexion“*), works
with their year (*„The Danish Girl“ (2015)*) or introduced by a colon (*stellte die neue CD
vor: „…“*, *Den Namen der Sendung gab das ZDF bekannt: „…“*), code names (*Codenamen: „Maelstrom“*),
the second of two names joined by *und* or *oder* when it has a name's shape, up to three
capitalised words (*die Modelle „Touareg“ und „Phaeton“*; a slogan after a slogan stays a
quote) teasers for other articles (*Lesen Sie auch „…“*, also with a kicker before the quote), a
name with its abbreviation in brackets („United Front for Democracy against Dictatorship“
(UDD)), the body someone speaks for (*ein Sprecher der „Polizei von DeLand“*) and the first
part of a compound also with a full stop („P.T.“-Feeling); a characterisation after *als*
in a sentence with a speaker stays a quote (*wies die Berichte als „Fake News“ zurück*; also
what an actor of the lexicon calls something: *Peskow nannte die Berichte „Fake News“*, or any
speaker with an indefinite article: *X nannte den Entwurf ein „Wehrpflichtgesetz ohne
Wehrpflicht“*, no law's name; and a
lower-case word after *das* right after a verb: *nannte das „inakzeptabel“*),
and so do words after a noun of saying (*mit den Worten „Wir hatten keine Wahl“*, *mit dem
Satz „…“*) and, in reported speech, capitalised words after an indefinite article (*die
Nato sei ein „Relikt des Kalten Krieges“, sagte X*);
see :func:`_is_name` for the rules.
Nor are quoted mentions: a capitalised quote with no speaker (or only a sentence subject)
in a sentence with no sign of reported speech that recurs in the article (not an abstract
noun such as „Provokation“: a writer keeps it at a distance each time), follows an
article or preposition (unless it is a German common noun: *mit der „Entnazifizierung“*,
*eine „Provokation“* stay scare quotes), or is followed by "genannt" or "getauft" (a word counts as
said again only as a whole word: „Wahl“ is not in *Wahlkommission*); a term
defined with *nennt man* (also in reported speech) or named by an inserted clause with no one
who names it („Rot-Hemden“ *– so werden die Anhänger genannt –*, „Trap“, *wie er genannt
wird*; but „Krieg“ *– so nennt es der Kreml* is the Kremlin's); and a
phrase of two to eight words with no speaker that the offline language model reads as
another language („running mate“, „summa cum laude“; also a longer one with no end mark:
„XXXII Championnat du Monde de Pétanque“; see :func:`_is_mention` and
:func:`_foreign_phrase`). Further speaker cues: passive citations (*wird X zitiert*), documents
(*heißt es in X*, *verlautete aus X*, *war aus X zu hören*, also with a relative clause
or words in between: *Im Schreiben, das ...,
heißt es:*, *So heißt es in X wörtlich:*, *„…“ gesenkt werden, so heißt es in X*, *Über Y
heißt es in X, er sei »…«*, and in the sentence before), a text that reads (*Der Text
lautete:*), *Für X ist ...*, a subject with a long apposition (which may close with a name in quote
marks: *X, einer der Organisatoren des Bündnisses „No to NATO“, warf*; a verb in *-te* may follow
it; a relative clause with *dessen* or *deren* may stand in its place), the subject after the verb
when the fronted part holds a
relative or temporal clause (*In seiner Rede, die im Fernsehen übertragen wurde, sagte X, ...*)
or a question or a claim that depends on its noun (*Auf die Frage, warum ..., sagte X*)
(also with a name in quote marks in the fronted part: *Nach Angaben der Zeitung „Washington
Post“, deren Reporter ..., zeigte sich X*) or a list of those present (*Vor 250 Politikern,
darunter X und Y, warf er*), the name in apposition after a subject's relative clause (*Der
Gouverneur der Provinz, der ..., Mohammad Omar, stellte sich*: Mohammad Omar), a passive
citation after the rest of the quote's clause (*Die Allianz kehre zur „…“ zurück, wurde X von
der Agentur RIA Nowosti zitiert*; a role's medium after *von* is no part of the speaker: *wird
der Botschafter von Interfax zitiert*) and the one who asks a question (*Frage eines
Journalisten: „…?“*). A title that reads (*Der Titel lautet: „…“*, *„…“, so lautet der Titel*)
is a name.

Examples
--------
>>> import analysis_kit as ak
>>> q = quotes(ak.example())
>>> q.select("paragraph", "quote", "kind", "speaker", "side").rows()[1:4]
[(1, 'offen für den Dialog', 'partial', 'Nato-Generalsekretär Jens Stoltenberg', 'NATO'),
 (2, 'Wir prüfen weiterhin die ... zu bleiben', 'direct', 'Stoltenberg', 'NATO'),
 (4, 'bedeutenden Dialog', 'partial', 'Stoltenberg', 'NATO')]
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import Final, NamedTuple, TypeVar

import polars as pl

from analysis_kit.actors import DEFAULT_ACTORS, ActorLexicon, mentions
from analysis_kit.corpus import Corpus
from analysis_kit.verbs import word_tags

__all__ = ["QUOTE_SCHEMA", "quotes"]

_T = TypeVar("_T")

QUOTE_SCHEMA: dict[str, pl.DataType] = {
    "article_id": pl.String(),
    "paragraph": pl.Int32(),
    "sentence": pl.Int32(),
    "quote": pl.String(),
    "start": pl.Int32(),
    "end": pl.Int32(),
    "end_paragraph": pl.Int32(),
    "end_offset": pl.Int32(),
    "kind": pl.String(),
    "speaker": pl.String(),
    "speaker_actor": pl.String(),
    "side": pl.String(),
    "cue": pl.String(),
}

# ---------------------------------------------------------------------- quote marks

#: Opening marks and the marks that close them.
_CLOSES: dict[str, str] = {
    "„": "“”",
    # (web text often closes an English-style quote with the same mark: “Wir bleiben“)
    "“": "”“",
    '"': '"',
    "»": "«",
    "«": "»",
    "‚": "‘’",
}
_MARKS = sorted({*_CLOSES, *"“”«»‘’"})
_SPACE_BEFORE = set(" \t\n\u00a0([{—–-/")
_SPACE_AFTER = set(" \t\n\u00a0)]}.,;:!?—–-/…")
_MAX_DEPTH = 3


class _Open(NamedTuple):
    mark: str
    paragraph: int  # the corpus row of the paragraph where the quote opened
    start: int
    n: int  # the index of the mark's row


def _pair(marks: pl.DataFrame, cont: dict[int, bool]) -> list[tuple[int, int, int, int, bool]]:
    """Pair quote marks: ``(p_row, start, end_p_row, end_offset, closed)`` per outer quote.

    ``marks`` has ``_p`` (the paragraph's row), ``start``, ``mark``, ``_before``,
    ``_after`` (the characters around the mark), sorted by ``_p`` and ``start``;
    ``cont[_p]`` says whether the next paragraph of the same article opens with a mark.

    An English-style “ left open at the end of its paragraph, whose quote does not go on
    in the next one, is a stray mark, not a quote that runs to the paragraph's end: in
    German text “ closes a quote, and an English one left open is mostly a cut-off text
    (a tweet's, *says at lunch “I'm a chauvinist and keep ‘girls’ single pic.twitter.com/…
    Hunt entschuldigte sich später*). The marks are paired again without it, so that the
    quotes after it are found.

    Examples
    --------
    >>> marks = pl.DataFrame(
    ...     {
    ...         "_p": [0, 0, 0],
    ...         "start": [10, 30, 45],
    ...         "mark": ["“", "„", "“"],
    ...         "_before": [" ", " ", "z"],
    ...         "_after": ["I", "D", ","],
    ...         "_len": [80, 80, 80],
    ...     }
    ... )
    >>> _pair(marks, {})
    [(0, 30, 0, 46, True)]
    """
    rows = marks.select_seq("_p", "start", "mark", "_before", "_after", "_len").rows()
    skipped = _stray_openers(rows, cont)
    found, stray = _paired(rows, cont, skipped)
    while stray:
        skipped |= stray
        found, stray = _paired(rows, cont, skipped)
    return found


def _paired(
    rows: list[tuple[int, int, str, str, str, int]], cont: dict[int, bool], skipped: set[int]
) -> tuple[list[tuple[int, int, int, int, bool]], set[int]]:
    """The quotes of :func:`_pair` with the marks ``skipped`` left out, and the English-style
    openers (indices of ``rows``) left open at the end of a paragraph that does not go on."""
    found: list[tuple[int, int, int, int, bool]] = []
    stray: set[int] = set()
    stack: list[_Open] = []
    current = -1
    carried = False  # the open quote was carried over from the previous paragraph
    p_len: dict[int, int] = {}

    def finish(p: int) -> bool:
        """Close what is open at the end of paragraph p; True when it carries on."""
        if not stack:
            return False
        if cont.get(p, False):
            del stack[1:]
            return True
        outer = stack[0]
        if outer.mark == "“":
            stray.add(outer.n)
        else:
            found.append((outer.paragraph, outer.start, p, p_len[p], False))
        stack.clear()
        return False

    for n, (p, start, mark, before, after, length) in enumerate(rows):
        if n in skipped:
            continue
        if p != current:
            if current >= 0:
                carried = finish(current)
                if carried and p != current + 1:  # the continuation holds no marks
                    carried = False
                    outer = stack[0]
                    found.append((outer.paragraph, outer.start, current, p_len[current], False))
                    stack.clear()
            current = p
            p_len[p] = length
            if carried and start == 0 and mark in _CLOSES:
                carried = False
                continue  # the re-opening mark of a continued quote
            if carried and _closes_only(mark, before, after, stack[0].mark):
                # the quote goes on with no re-opening mark and closes here (web text:
                # „Wir hatten mehr erwartet. / Wir werden den Druck erhöhen“, sagte X.)
                carried = False
            if carried:
                outer = stack[0]
                found.append((outer.paragraph, outer.start, p - 1, p_len[p - 1], False))
                stack.clear()
                carried = False
        opening = before in _SPACE_BEFORE or before == "" or before in _CLOSES
        closing = after in _SPACE_AFTER or after == "" or after in '“”«»‘’"'
        if opening and closing:  # a lone mark between spaces: read from the open marks
            opening = closing = False
        # a straight quote after a word also closes a German one, and a German closing mark
        # a straight one (mixed marks in web text: „Tod dem Diktator", die ...; "Wir sind
        # bereit“, sagte X)
        depth = next(
            (
                n
                for n in range(len(stack) - 1, -1, -1)
                if mark in _CLOSES[stack[n].mark]
                or (closing and not opening and _mixed_close(mark, stack[n].mark))
            ),
            None,
        )
        if depth is not None and not (opening and mark in _CLOSES):
            outer = stack[0]
            del stack[depth:]
            if not stack:
                found.append((outer.paragraph, outer.start, p, start + 1, True))
            continue
        if mark in _CLOSES and not closing and len(stack) < _MAX_DEPTH:
            if mark in "“«" and not opening:  # “ and « open only where they stand before a word
                continue
            if mark == "‚" and not opening:
                continue
            stack.append(_Open(mark, p, start, n))
    if current >= 0 and stack:
        # a continuation that never came (the next paragraph was filtered away)
        carried = finish(current)
        if carried:
            outer = stack[0]
            found.append((outer.paragraph, outer.start, current, p_len[current], False))
    return found, stray


def _mixed_close(mark: str, opener: str) -> bool:
    """Whether ``mark``, in a closing place (after a word), closes ``opener`` of the other
    style of double marks: a straight mark a German or an English-style quote, a German
    closing mark a straight one."""
    return (mark == '"' and opener in "„“") or (mark in "“”" and opener == '"')


def _closes_only(mark: str, before: str, after: str, opener: str) -> bool:
    """Whether ``mark``, between ``before`` and ``after``, can only close ``opener``."""
    closing = after in _SPACE_AFTER or after == "" or after in '“”«»‘’"'
    opening = before in _SPACE_BEFORE or before == "" or before in _CLOSES
    return closing and not opening and (mark in _CLOSES[opener] or _mixed_close(mark, opener))


def _stray_openers(
    rows: list[tuple[int, int, str, str, str, int]], cont: dict[int, bool]
) -> set[int]:
    """The indices of opening marks (of ``_pair``'s rows) that were never closed.

    A „ (or ») right before another one in a paragraph with more of them than of closing
    marks, whose quote does not go on in the next paragraph: a typo (*„Wir bleiben offen,
    sagte X. Moskau sprach von einer „Provokation“*), not a quote in a quote (which German
    writes with ‚…‘, and which leaves the marks balanced). Likewise a straight ``"`` before a
    word right before another one before a word, in a paragraph with an odd number of
    straight marks (*– "Auch ein "Philharmonisches" mit Anne-Sophie Mutter*, a quote of a
    headline that lost its inner marks): straight marks do not nest.
    """
    opened: dict[tuple[int, str], int] = {}
    closed: dict[tuple[int, str], int] = {}
    for p, _, mark, _, _, _ in rows:
        for opener in ("„", "»"):
            if mark == opener:
                opened[p, opener] = opened.get((p, opener), 0) + 1
            elif mark in _CLOSES[opener]:
                closed[p, opener] = closed.get((p, opener), 0) + 1
    straight: dict[int, int] = {}
    for p, _, mark, _, _, _ in rows:
        if mark == '"':
            straight[p] = straight.get(p, 0) + 1
    return {
        n
        for n, (row, after) in enumerate(pairwise(rows))
        if after[2] == row[2]
        and after[0] == row[0]
        and not cont.get(row[0], False)
        and (
            (row[2] in ("„", "»") and opened[row[0], row[2]] > closed.get((row[0], row[2]), 0))
            or (row[2] == '"' and straight[row[0]] % 2 == 1 and _opens(row) and _opens(after))
        )
    }


def _opens(row: tuple[int, int, str, str, str, int]) -> bool:
    """Whether the mark of a row of ``_pair`` stands only in an opening place (before a
    word, after a space or the paragraph start)."""
    before, after = row[3], row[4]
    opening = before in _SPACE_BEFORE or before == "" or before in _CLOSES
    closing = after in _SPACE_AFTER or after == "" or after in '“”«»‘’"'
    return opening and not closing


# ---------------------------------------------------------------------- speaker patterns

#: Letters of the Latin script (Basic Latin, Latin-1, Latin Extended-A and -B) and the
#: combining accents. The speaker patterns are written with ``\p{Lu}``, ``\p{Ll}``,
#: ``\p{L}`` and ``\p{M}`` and run with these classes instead (:func:`_latin`): German news
#: writes names in Latin script (Cyrillic or Arabic names are transliterated), and Latin
#: classes make the large patterns about three times faster to compile, which is most of
#: the time of :func:`quotes` on a fresh corpus. In Latin Extended-A and -B, the schwa and
#: Latin Extended Additional, upper and lower case alternate, so there both classes hold both
#: cases (Romanian "Ștefan Țurcanu", Azerbaijani "Məmmədli", Vietnamese "Nguyễn Văn Thắng").
#: Digits are the ASCII digits.
_LATIN_UPPER = "A-ZÀ-ÖØ-ÞĀ-ɏəḀ-ỿ"
_LATIN_LOWER = "a-z\\x{DF}-öø-ÿĀ-ɏəḀ-ỿ"  # (ß written as an escape: see _latin)
_LATIN_LETTER = "A-Za-zÀ-ÖØ-öø-ɏəḀ-ỿ"
_COMBINING = "\u0300-\u036f"


@cache
def _latin(pattern: str) -> str:
    """``pattern`` with the Unicode letter classes narrowed to the Latin script.

    A "ß" of the pattern's words also matches "ss", as Swiss German writes it (*heisst es*,
    *äusserte*, *liess verlauten*).
    """
    pattern = pattern.replace("ß", "(?:ß|ss)")
    for name, chars in (
        ("Lu", _LATIN_UPPER),
        ("Ll", _LATIN_LOWER),
        ("L", _LATIN_LETTER),
        ("M", _COMBINING),
    ):
        pattern = pattern.replace(f"\\p{{{name}}}", f"[{chars}]")
    # ASCII digits: the Unicode class of all scripts' digits makes compiling a third slower
    return pattern.replace("\\d", "[0-9]")


_SAY_STEMS = (
    "sag erklär beton mein warn bericht äußer ergänz kommentier erläuter bekräftig versicher "
    "kritisier forder frag antwort verkünd bestätig mahn beklag erwider entgegn bemerk behaupt "
    "argumentier zitier resümier bilanzier urteil folger schilder beteuer klag lob präzisier "
    "prophezei spott wunder freu schwärm erinner begründ räum füg teil kündig stell merk führ "
    "ergänz twitter post dementier verlang dräng konter rechtfertig verteidig bemängel "
    "prognostizier schimpf insistier signalisier appellier beharr bezweifel befürcht vermut "
    "skandier ausdrück wiederhol rapportier titel bezichtig unterstell meld erzähl"
).split()
#: Rarer verbs of saying, tried only right after a quote („…“, witzelte X): kept out of the
#: stems above, which every rule's pattern holds.
_SAY_AFTER_ONLY = (
    "mutmaß spekulier witzel scherz sinnier seufz unk frotzel stichel jubel schätz "
    # (hakte nach: "„Warum nicht?“, hakte ein Reporter nach")
    "analysier hak".split()
)
_SAY_STRONG = (
    "schrieb schrieben schreibt rief riefen ruft sprach sprachen spricht nannte nannten nennt "
    "unterstrich unterstreicht befand befindet gab gibt hob hebt wies weist warf wirft gestand "
    "gesteht bezeichnete bezeichneten bezeichnet verurteilte verurteilt begrüßte begrüßt "
    "bedauerte bedauert versprach verspricht attackierte attackiert charakterisierte "
    "charakterisiert beurteilte beurteilt bewertete bewertet verglich vergleicht titulierte "
    "tituliert empfiehlt empfahl widersprach widerspricht bestritt bestreitet beschwor "
    "beschwört beschrieb beschrieben beschreibt weiß "
    # (the past plural of the weak ones: "Die Experten begrüßten den „…“")
    "verurteilten begrüßten bedauerten attackierten charakterisierten "
    "beurteilten bewerteten titulierten "
    # (the present plural: "Beobachter sprechen von einem „…“")
    "sprechen schreiben nennen rufen bezeichnen verurteilen begrüßen bedauern versprechen "
    "unterstreichen widersprechen bestreiten beschreiben vergleichen bewerten beurteilen "
    "attackieren charakterisieren gestehen empfehlen"
).split()
#: Stems whose present plural is also a common verb or noun ("stellen", "teilen").
#: (and "erzählen", an infinitive as often: "Die Brüder erzählen in „…“ erstmals", a book)
_AMBIGUOUS = set(
    "füg teil kündig stell merk führ räum klag lob freu wunder schilder erzähl".split()
)


def _alternatives(words: list[str] | set[str]) -> str:
    """A non-capturing group of ``words``, the longest first."""
    return "(?:" + "|".join(sorted(set(words), key=lambda w: (-len(w), w))) + ")"


def _takes_n(stem: str) -> bool:
    """Whether a stem's plural is in -n: "äußer-n", "bemängel-n"; not "kritisier-en"."""
    return stem.endswith(("er", "el")) and not stem.endswith("ier")


_STEMS_TDN = [s for s in _SAY_STEMS if s.endswith(("t", "d", "n"))]
_STEMS_PLURAL = [s for s in _SAY_STEMS if s not in _AMBIGUOUS]
#: Verbs that introduce a quote: third person, present and past, singular and plural. Every
#: stem takes -t, -te, -ten ("sagt", "sagte", "sagten"); a stem in -t, -d, -n also -et,
#: -ete, -eten ("berichtet", "antwortete"); a stem that is not ambiguous takes -en, or -n
#: after -er, -el ("sagen", "äußern"; but "kritisieren"); and the strong forms. Written as
#: stems with their endings (not as the list of all forms, which is twice as long and made
#: the patterns that hold it slower to compile).
_SAY = (
    rf"(?:{_alternatives(_SAY_STEMS)}(?:ten|te|t)"
    rf"|{_alternatives(_STEMS_TDN)}(?:eten|ete|et)"
    rf"|{_alternatives([s for s in _STEMS_PLURAL if not _takes_n(s)])}en"
    rf"|{_alternatives([s for s in _STEMS_PLURAL if _takes_n(s)])}n"
    rf"|{_alternatives(_SAY_STRONG)})"
)
_VERB = rf"{_SAY}\b"
#: Also verbs of indirect speech, for a speaker named elsewhere in the sentence.
_WIDE_EXTRA = (
    "bestand besteht glaubt glaubte hofft hoffte fürchtet fürchtete sieht sah wertete wertet "
    "bekannte bekennt sicherte sichert zeigte zeigt hielt hält verwies verweist drohte droht "
    "appellierte appelliert beschuldigte beschuldigt lobte lobt rechnet rechnete rechnen "
    "rechneten erwartet erwartete erwarten erwarteten würdigte würdigt würdigten wiesen "
    "verwiesen gaben hoben warfen unterstrichen befanden versprachen verglichen empfahlen "
    # (rejecting: "lehnte die Lieferung als „Eskalation“ ab")
    "lehnte lehnt lehnten "
    # (thanking: "Kang bedankte sich bei seinem Team. „…“")
    "dankte dankten bedankte bedankten "
    # (a judgement passed on someone: "attestierte dem Trainer „die richtigen Ideen“"; not
    # the present, also the participle of a passive: "Ihm wurden „…“ attestiert")
    "attestierte attestierten bescheinigte bescheinigten"
).split()
#: A separable verb of saying joined, last in its clause: "..., wie das Ministerium
#: mitteilte. Es handle sich um die „…“".
_JOINED_SAY = r"(?:mitteilte|mitteilten|bekanntgab|bekanntgaben)"

_VERB_WIDE = rf"(?:{_SAY}|{_alternatives(_WIDE_EXTRA)})\b"

_ART = r"(?:[Dd](?:er|ie|as|es|em|en)|[Ee]in(?:e|er|es|em|en)?)"
_ART_NOM = r"(?:[Dd](?:er|ie|as)|[Ee]ine?)"
#: A nominative article with its adjectives: after "der" an adjective ends in -e ("der
#: russische Präsident"); "der deutschen Zeitung" is dative or genitive, no subject.
_NOM_NP = (
    # (a place or a time before a participle: "Der aus Usbekistan stammende X", "die in Berlin
    # lebende Autorin")
    # (also an article or an adjective before the place: "die im litauischen Exil lebende
    # Oppositionsführerin", "der aus dem Iran stammende")
    r"(?:(?:[Dd](?:er|ie|as)|[Ee]ine?)\s+(?:aus|in|im|seit|bei|von|vom|nach)\s+"
    r"(?:(?:dem|der|den)\s+)?(?:\p{Ll}[\p{L}\p{M}-]*en\s+)?[\p{L}\d.-]+\s+"
    r"(?:\p{Ll}[\p{L}\p{M}-]*e\s+)+"
    # (an adverb may qualify the adjective: "der sichtlich genervte Austin")
    # (or an adverb of degree, with a participle: "eine oft zitierte Warnung Stoltenbergs")
    r"|[Dd]er\s+(?:(?:sichtlich|hörbar|merklich|sichtbar|spürbar|sehr|äußerst|zutiefst|"
    r"völlig|offensichtlich|viel|oft|lang|heiß|weithin|häufig|vielfach|allseits)\s+)?(?:(?:\p{Ll}|\d+-\p{Ll})[\p{L}\p{M}-]*e\s+|\d{1,3}\s+Jahre\s+alte\s+)*"
    # (a possessive in the nominative too: "auch sein Sprecher", "ihre Anwältin")
    r"|(?:[Dd](?:ie|as)|[Ee]ine?|[Dd]essen|[Dd]eren|[Ss]eine?|[Ii]hre?)\s+(?:(?:sichtlich|"
    r"hörbar|merklich|"
    r"sichtbar|spürbar|sehr|äußerst|zutiefst|völlig|offensichtlich|viel|oft|lang|heiß|weithin|"
    r"häufig|vielfach|allseits)\s+)?"
    # (an age too: "die 47 Jahre alte Swetlana X")
    r"(?:(?:\p{Ll}|\d+-\p{Ll})[\p{L}\p{M}-]*(?:e|en|er|es|em)\s+|\d{1,3}\s+Jahre\s+alte[nr]?\s+)*"
    # a genitive name with adjectives: "Ungarns starker Mann", "Deutschlands oberster Richter"
    # (an adjective has four letters at least: "Königshaus die Verlobung" is none)
    r"|\p{Lu}[\p{L}\p{M}-]+s\s+(?:\p{Ll}[\p{L}\p{M}-]{2,}(?:e|en|er|es|em)\s+)+"
    # a number of people: "mehr als 100 Wissenschaftler", "rund 20.000 Demonstranten",
    # "mehrere Zeugen" (no year and no date: "2019", "3. Mai")
    r"|(?:(?:(?:mehr|weniger)\s+als|rund|etwa|knapp|über|fast|nahezu|insgesamt|bis\s+zu)\s+)?"
    r"(?:\d{1,3}(?:\.\d{3})*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|"
    r"dreißig|vierzig|fünfzig|hundert|tausend|mehrere|zahlreiche|etliche|viele|einige|Dutzende|"
    r"Hunderte|Tausende)\s+(?:(?:\p{Ll}|\d+-\p{Ll})[\p{L}\p{M}-]*(?:e|en)\s+)*)"
)
#: An inflected adjective (at least four letters, so no article: "der", "dem", "des").
_ADJ = (
    r"(?:(?:\p{Ll}|\d+-\p{Ll})[\p{L}\p{M}-]+(?:e|en|er|es|em)"
    # (an age: "die 47 Jahre alte Swetlana X")
    r"|\d{1,3}\s+Jahre\s+alt(?:e|en|er))"
)
#: Surnames that open with a particle, written in lower case inside a sentence ("sagte von
#: der Leyen") and capitalised at its start ("Von der Leyen betonte").
_PARTICLE_NAMES = (
    r"(?:[Vv]on\s+der\s+Leyen|[Vv]an\s+der\s+Bellen|[Vv]an\s+Rompuy|[Dd]e\s+Maizière|"
    r"[Dd]e\s+Hoop\s+Scheffer|[Dd]e\s+Mistura|[Dd]e\s+Villepin|[Dd]e\s+Gaulle|"
    r"[Zz]u\s+Guttenberg|[Zz]ur\s+Hausen|[Zz]ur\s+Lippe|[Vv]on\s+Weizsäcker|[Vv]on\s+Dohnanyi|[Vv]on\s+Klaeden|"
    # any surname with a particle that is no German word: "van Aken", "de Lacroix", "De Masi",
    # "van der Merwe", "de la Cruz", "Di Maio", "ter Horst" ("von" and "zu" are also
    # prepositions: "berichtete von Problemen", so only the names above)
    r"(?:[Vv]an(?:\s+(?:der|den|de))?|[Dd]e(?:\s+la)?|[Dd]i|[Dd]el|[Dd]ella|[Dd]os|ter|ten)"
    r"\s+\p{Lu}\p{Ll}[\p{L}\p{M}]*)"
)
#: A capitalised word of a name; not a surname with a particle (see ``_CAP``).
_CAP_WORD = (
    # a compound sharing its last part: "Kinder- und Jugendpsychiater" (also with an adjective:
    # "Osteuropa- und internationale Studien")
    r"(?:\p{Lu}[\p{L}\p{M}]*-\s+(?:und|oder)\s+(?:\p{Ll}[\p{L}\p{M}]+(?:e|en|er)\s+)?"
    r"\p{Lu}[\p{L}\p{M}\d'’-]*|"
    # (academic titles, also the Austrian ones: "Mag. Eva Lindner", "Dipl.-Ing. Karl Huber")
    r"Dr\.|Prof\.|Mag\.|Ing\.|Dipl\.-Ing\.|St\.|(?:\p{Lu}\.)+|\p{Lu}[\p{L}\p{M}\d'’]*(?:[-‐‑][\p{L}\p{M}\d]+)*"
    r"|\d+-\p{Lu}\p{Ll}+"  # a noun of age: "der 58-Jährige"
    r"|\p{Ll}[\p{L}\d]*-\p{Lu}[\p{L}\p{M}\d]*)"  # a lower-case first part: "taz-Chefin"
)
#: A capitalised word of a name, or a surname with a particle. The particle names are
#: written only where a name may start: inside a name the particles are ``_PART`` ("Ursula
#: von der Leyen"), and the long list in every word slot made the speaker patterns twice as
#: slow to compile.
_CAP = rf"(?:{_PARTICLE_NAMES}|{_CAP_WORD})"
_PART = (
    # ("für" and a name's field: "das Bundesamt für Verfassungsschutz", "der Beauftragte für
    # auswärtige Angelegenheiten"; cut again after a word that is no body or office, see
    # ``_FIELD_HEAD``)
    # (and Spanish, Italian and Dutch particles: "Rodolfo dela Cruz", "ter Horst")
    r"(?:von|van|vom|der|des|de|zu|al|el|bin|ibn|da|di|del|dela|della|dos|du|la|le|ter|ten|y|"
    r"für|einer|eines"
    # (English names: "Institute for the Study of War", "Council on Foreign Relations")
    r"|of|for|the|on"
    # (and "außer Dienst", "im Generalstab", "im Ruhestand": Brigadegeneral a.D. Erich Vad)
    r"|a\.\s?D\.|i\.\s?G\.|i\.\s?R\.)"
)
_NAMESEQ = (
    # (a number of the genitive: "Einer der 13 beteiligten Feuerwehrmänner", "der Erklärung
    # der drei Länder")
    # (and a place before a participle: "des in Tallinn ansässigen Zentrums")
    # (a name with "und" first: "Stiftung Wissenschaft und Politik")
    rf"{_CAP}(?:\s+Wissenschaft\s+und\s+Politik\b|\s+(?:(?:{_PART}\s+)+(?:(?:in|aus)\s+\p{{Lu}}[\p{{L}}-]+\s+{_ADJ}\s+|(?:{_ADJ}\s+){{0,2}})|"
    rf"der\s+(?:\d{{1,3}}(?:\.\d{{3}})*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|"
    rf"zwölf)\s+(?:{_ADJ}\s+){{0,2}})?{_CAP_WORD}"
    # ("zur" is no ``_PART``: "Magath zur Sportschau"; only in these names; and "Ärzte ohne
    # Grenzen", "Reporter ohne Grenzen")
    r"|\s+zur\s+(?:Hausen|Lippe|See)|\s+ohne\s+Grenzen"
    # (a role's country with its article: "die UN-Nothilfekoordinatorin für den Sudan"; only
    # these: "Merkel für den Abzug" is none)
    r"|\s+für\s+(?:den\s+(?:Sudan|Irak|Iran|Jemen|Libanon|Kosovo|Tschad|Niger|Kongo|Balkan|"
    r"Kaukasus|Nahen\s+Osten)|die\s+(?:Ukraine|Türkei|Schweiz|Slowakei|Mongolei|Westsahara|Krim|"
    r"Sahelzone)|das\s+Baltikum)\b"
    # (an office in a ministry: "Die Staatssekretärin im US-Außenministerium Victoria Nuland",
    # "Staatsminister im Auswärtigen Amt"; not a place of speaking: "im Bundestag")
    r"|\s+im\s+(?:\p{L}+en\s+)?[\p{L}-]*(?:[Mm]inisterium|[Aa]mt)\b"
    # (a name in quote marks as a genitive: "Ein Sprecher der „Letzten Generation“", "der
    # „Wagner“-Gruppe")
    # (also after an adjective: "der Streitkräfte der sogenannten „Volksrepublik Donezk“", "Der
    # Anführer der selbst ernannten „Volksrepublik Donezk“")
    rf"|\s+(?:der|des)\s+(?:(?:selbst\s+)?{_ADJ}\s+)?„[^„“]{{1,40}}“(?:-\p{{Lu}}[\p{{L}}\p{{M}}-]*)?)*"
)
_APPOS = (
    # (after the role's field, a name in apposition: "der UN-Sonderkoordinator für den
    # Nahost-Friedensprozess, Alessandro Di Marzio,"; or after where the role is held: "dem
    # Vertreter des Ministeriums im Parlament, Generalmajor Iwan X,")
    rf"(?:(?:\s+für\s+(?:(?:den|die|das)\s+)?(?:{_ADJ}\s+)?{_CAP_WORD}|"
    rf"\s+(?:im|in|beim|bei)\s+(?:(?:der|dem|den)\s+)?{_CAP_WORD})?"
    rf",\s+(?:(?:{_ART_NOM}\s+(?:{_ADJ}\s+)*)?{_NAMESEQ}"
    # with a name in quote marks: ", ein Vertreter der Organisation „Inca“ (Inca),"
    # or its party: ", der Abgeordnete Ruprecht Polenz (CDU),"
    r"(?:\s+„[^„“]+“(?:\s*\([^()]+\))?|\s*\([^()]{1,40}\))?,"
    # (with its article and party at the end of the sentence, no comma after: "sagte die
    # Vorsitzende der Konferenz, die Bremer Senatorin Annika Brüning (SPD).")
    rf"|{_ART_NOM}\s+(?:{_ADJ}\s+)*{_CAP_WORD}(?:\s+{_CAP_WORD}){{1,3}}\s*\(\p{{Lu}}[^()]{{0,39}}\)"
    # (or a name with its party, the comma optional: ", Ruprecht Polenz (CDU), sagte")
    # (also with a particle: ", Rodolfo dela Cruz.", ", Alessandro di Marzio.")
    # (a naval rank with "zur See" first: ", Kapitän zur See Jüri Saarsalu-Meel.")
    rf"|(?:Kapitän(?:leutnant)?\s+zur\s+See\s+)?"
    rf"{_CAP}\s+(?:(?:van|von|de|da|di|del|dela|della|dos|ter|ten|al|bin|ibn)\s+)*{_CAP}"
    # (a rank first, or a second given name: ", Generalleutnant Kadhim Abbas al-Dulaimi,")
    rf"(?:\s+(?:(?:van|von|de|da|di|del|dela|della|dos|ter|ten)\s+)*{_CAP_WORD}){{0,2}}"
    r"(?:\s*\([^()]{1,40}\)|\b),?"
    r"|\d{1,3},))?"  # or the age: "Alice Kakamara, 30,"
)
#: "letztere(r)", "erstere(r)" stand for the last and the first of two persons named before
#: ("„…“, so letztere"; see :func:`_link_former_latter`); not the neuter "Letzteres", a thing.
_FORMER_LATTER = r"(?:[Ll]etzterer?|[Ee]rsterer?)"
_PRON = rf"(?:[Ee]r|[Ss]ie|{_FORMER_LATTER})\b"
#: Two subjects with "sowohl ... als auch": "Sowohl Berlin als auch Paris".
_BOTH = rf"[Ss]owohl\s+{_NOM_NP}?{_NAMESEQ}\s+als\s+auch\s+{_NOM_NP}?{_NAMESEQ}"
#: A speaker as the subject of a verb of saying (nominative article, if any).
_PARENS = r"(?:\s*\([^()]{1,40}\))?"
#: The quantifiers that name an unnamed group of speakers ("Manche sagen:", "sagen viele").
_GROUP_WORDS = ["viele", "einige", "manche", "andere", "etliche", "mehrere"]
_GROUP = _alternatives(_GROUP_WORDS)
_GROUP_CAPITALISED = _alternatives([word.capitalize() for word in _GROUP_WORDS])
#: Where a speaker comes from: "Joe Stork von HRW", "ein Sprecher der Polizei in Dortmund".
_FROM = (
    # (a quantifier may open it: "Kritiker in mehreren westeuropäischen Hauptstädten")
    r"(?:\s+(?:aus|in|von|vom|beim|bei|im)\s+"
    # (after an article two adjectives, an adverb between: "aus dem letzten noch
    # funktionierenden Krankenhaus"; not "in seiner ersten Legislaturperiode")
    rf"(?:(?:der|dem|den)\s+(?:{_ADJ}\s+(?:(?:noch|besonders|schwer|stark|weitgehend)\s+)?)"
    r"{0,2}|"
    r"(?:(?:mehreren|vielen|einigen|zahlreichen|verschiedenen|anderen|allen|beiden)\s+)?"
    rf"(?:{_ADJ}\s+)?){_CAP_WORD}"
    rf"(?:\s+{_CAP_WORD})?"
    # (a name with "und", where its short form in brackets closes it: "von der Stiftung
    # Wissenschaft und Politik (SWP)")
    rf"(?:\s+und\s+{_CAP_WORD}\s*\(\p{{Lu}}{{2,6}}\))?"
    # and where that is: "vom Max-Planck-Institut für Kernphysik in Heidelberg"
    rf"(?:\s+(?:für|in|aus)\s+(?:(?:der|die|das|dem|den)\s+)?(?:{_ADJ}\s+)?{_CAP_WORD}){{0,2}}"
    # (or an origin with "einem", "einer": "Ein Diplomat aus einem osteuropäischen
    # Mitgliedstaat"; not "in einer Rede", an occasion)
    rf"|\s+aus\s+(?:einem|einer)\s+(?:{_ADJ}\s+){{0,2}}{_CAP_WORD})?"
)
#: A document's owner in a possessive genitive: "In einer Nachricht ihres Teams heißt es",
#: "in einem Brief seines Anwalts" (only there: "Diamanten ihrer Vorgängerin" owns no words).
#: What an agency quotes from, before the document: "zitierte Tass aus einer " (the document
#: and its author are the speaker).
_QUOTED_FROM = (
    r"\bzitiert(?:e|en)?\s[^„“»«,;:.!?]*\baus\s+(?:einer|einem|der|dem|seiner|seinem|ihrer|"
    r"ihrem)\s+(?:\p{Ll}\S*\s+)*$"
)
#: A document's noun (see ``_DOCUMENT``).
_DOCUMENT_NOUN = (
    # (not with its owner in a compound: "Der ROG-Jahresbericht")
    r"(?:\p{Lu}\p{Ll}*)?(?i:erklärung|mitteilung|meldung|stellungnahme|rede|ansprache|brief|"
    r"schreiben|dokument|kommuniqué|communiqué|papier|botschaft|interview|resolution|note|"
    r"bericht|beitrag|tweet)"
)
_OWNER = rf"(?:\s+(?:seines|seiner|ihres|ihrer)\s+(?:{_ADJ}\s+)*\p{{Lu}}[\p{{L}}\p{{M}}-]*)?"
#: A share of people as a subject, in polls: "37 Prozent", "60 Prozent der Befragten".
_SHARE = (
    r"(?:(?:[Mm]ehr\s+als|[Ww]eniger\s+als|[Rr]und|[Kk]napp|[Ff]ast|[Ee]twa|[Nn]ur)\s+)?"
    rf"\d{{1,2}}(?:,\d)?\s+Prozent(?:\s+der\s+(?:{_ADJ}\s+)*\p{{Lu}}[\p{{L}}-]+)?"
)
#: Two speakers joined by "und" or "sowie": "Özcan Mutlu und Benedikt Lux prangerten an",
#: "Außenminister Lawrow sowie Kremlsprecher Peskow erklärten".
#: A name in quote marks after a name or its noun: capitalised („Jungle World“) or in lower
#: case with no ending of an adjective („taz“, not "von der Leyen „massive“ Sanktionen").
_QUOTED_AFTER = r"„(?:[\p{Lu}\d][^„“]*|[^„“]*(?:[^enrsm„“\s]|[^e„“\s][nrsm]))“"
#: A name in quote marks right after the article (and an adjective in -e), with a genitive:
#: die „Washington Post“, der sogenannte „Ministerpräsident“ der „Volksrepublik Luhansk“.
_QUOTED_HEAD = (
    # (a self-styled role in quote marks, the name after it: "Ihr selbst ernannter
    # „Verteidigungsminister“ Eduard Saizew", "der selbsternannte „Bürgermeister“ X")
    r"(?:(?:[Dd](?:ie|er)|[Ii]hre?|[Ss]eine?|[Ee]ine?)\s+(?:selbst\s+)?(?:selbsternannt|ernannt|"
    r"sogenannt|selbstproklamiert|proklamiert)(?:e|er|en)\s+„\p{Lu}[^„“]{0,40}“"
    r"(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,3}"
    r"|[Dd](?:ie|as|er)\s+(?:\p{Ll}[\p{L}-]+e\s+)?„\p{Lu}[^„“]{0,40}“(?:-\p{L}+)?)"
    rf"(?:\s+(?:der|des)\s+(?:{_ADJ}\s+)?(?:„[^„“]{{1,40}}“|{_CAP_WORD}(?:\s+{_CAP_WORD})?))?"
)
_SPK = (
    # (a name in quote marks after its noun: die Wochenzeitschrift „Jungle World“; or right
    # after the article: die „Washington Post“; see _QUOTED_AFTER)
    # (or its compound: die „Bild“-Zeitung)
    # (a role in quote marks with its genitive and the name after it: Der sogenannte
    # „Ministerpräsident“ der „Volksrepublik Luhansk“, Leonid Passetschnik, erklärte)
    rf"(?:{_PRON}|(?:{_QUOTED_HEAD}|{_NOM_NP}?{_NAMESEQ}(?:\s+{_QUOTED_AFTER})?(?:\s+(?:und|sowie)\s+{_NOM_NP}?{_NAMESEQ})?)"
    # (the party may stand before where the person is from: "Der Landtagsabgeordnete Frank X
    # (CDU) aus dem Wahlkreis Görlitz forderte")
    rf"{_PARENS}{_FROM}{_PARENS}{_APPOS}{_PARENS})"
)
#: Endings of feminine role nouns ("Ministerin", "Sprecherin", "Anwältin"; not first names
#: such as "Martin") and of their plural.
_WOMAN_ENDINGS = (
    r"(?:erin|orin|istin|entin|antin|chefin|ältin|ärztin|ätin|eurin|innen|"
    # ("Landwirtin", "Fotografin", "Bischöfin")
    r"wirtin|afin|öfin|"
    # ("Expertin", "Diplomatin", "Kommissarin", "Sekretärin", "Kollegin", "Analystin", "Zeugin")
    r"ertin|atin|arin|ärin|egin|ystin|ugin|eralin|iralin|"
    # ("Politologin", "Ökonomin", "Pilotin", "Beamtin")
    r"ogin|omin|otin|amtin)"
)
#: A feminine noun (by its ending, or a woman's role): after "der" it is a dative or a
#: genitive, no subject ("sagte der Nachrichtenagentur Reuters", "Der Zeitung „Iswestija“
#: sagte X").
_FEMININE_NOUN = (
    r"(?:\p{Lu}[\p{L}-]*(?:ung|heit|keit|schaft|tion|sion|tät|enz|anz|agentur|zeitschrift|presse|"
    rf"{_WOMAN_ENDINGS})|Agentur|Zeitschrift|Presse)\b"
)
#: A paper or an agency, a feminine noun, also in a name in quote marks ("Der Süddeutschen
#: Zeitung", "Der „Frankfurter Allgemeinen Zeitung“", "Der „Welt“").
_MEDIUM_FEMININE = (
    r"[„\"»]?(?:\p{Lu}[\p{L}\p{M}-]*(?:en|er)\s+)*(?:\p{Lu}[\p{L}-]*(?:zeitung|agentur|presse|"
    r"zeitschrift)|Zeitung|Agentur|Presse|Zeitschrift|Rundschau|Post|Zeit|Welt|Bild)[“\"«]?"
    # (a compound: "der „Bild“-Zeitung")
    r"(?:-\p{L}+)?(?:\s|$)"
)
#: "der" with a feminine noun: a dative or a genitive, no subject.
_FEMININE_DATIVE = rf"^[Dd]er\s+(?:(?:{_ADJ}\s+)*{_FEMININE_NOUN}|{_MEDIUM_FEMININE})"
#: An addressee between a verb of saying and its speaker: "sagte der Nachrichtenagentur
#: Reuters ein Offizier", "sagte dem Sender CNN ein Sprecher".
_ADDRESSEE = (
    rf"(?:(?:der\s+(?:{_ADJ}\s+)*{_FEMININE_NOUN}|dem\s+(?:{_ADJ}\s+)*\p{{Lu}}[\p{{L}}-]*)"
    r"(?:\s+\p{Lu}[\p{L}\p{M}-]*)?\s+"
    # (or a plural in the dative with no article: "Dies sagte Reportern der Sprecher")
    r"|(?:Reportern|Medienvertretern|Pressevertretern)\s+)"
)
#: An addressee without its name right before a speaker: the speaker's name is the
#: addressee's ("sagte der Agentur Interfax:"; not "sagte dem Sender CNN Putin").
_AFTER_ADDRESSEE = (
    rf"\s(?:der\s+(?:{_ADJ}\s+)*{_FEMININE_NOUN}|dem\s+(?:{_ADJ}\s+)*\p{{Lu}}[\p{{L}}-]*)\s+$"
)
#: A speaker after "laut" or before "zufolge" (any article).
_SPK_HEAD = rf"(?:{_NOM_NP}?{_NAMESEQ}{_FROM}{_PARENS})"
_WHEN = (
    r"(?:(?:am|vom|seit)\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|"
    r"Wochenende|Vortag|Vorabend)|gestern|heute|zuvor|bereits|kürzlich|jüngst"
    # (or its agent: "einer von Erdogan unterzeichneten Richtlinie")
    r"|(?:von|vom)\s+\p{Lu}[\p{L}-]+)"
)
#: (a time or an agent may stand between the article and an adjective: "einer am Montag
#: veröffentlichten Erklärung", "einem gestern verbreiteten Bericht", "einer vom Kreml
#: verbreiteten Erklärung")
#: A paper's or body's name in quote marks after its article: "der „Neuen Zürcher Zeitung“",
#: "dem Magazin „Spiegel“".
_QUOTED_NAME_BARE = r"(?:\p{Ll}+e[nmrs]?\s+)*(?:\p{Lu}[\p{L}\p{M}-]*\s+)?„\p{Lu}[^„“]{0,50}“"
_QUOTED_NAME = rf"(?:[Dd](?:er|ie|as|em|en|es)|[Ee]ine[mr]?)\s+{_QUOTED_NAME_BARE}"
_SPK_ANY = rf"(?:(?:{_ART}\s+(?:{_WHEN}\s+)?(?:{_ADJ}\s+)*)?{_NAMESEQ}{_PARENS}{_APPOS}{_PARENS})"
#: Words between a verb and its colon, a short name in quote marks among them ("laut
#: „news.bbc.co.uk“").
_ADVERBIAL = r"(?:\s+(?:[^\s:„“\"»«–—]+|„[^„“:]+“)){0,12}?"
_LOW = r"(?:\s+(?:\p{Ll}+|am\s+\p{Lu}\p{Ll}+)){1,3}"

_AUX_SAY = r"(?:soll|sollen|hat|hatte|habe|haben|hatten)"
_PARTICIPLE_WORDS = (
    r"(?:gesagt|erklärt|geäußert|betont|geschrieben|gemeint|gewarnt|gefordert|bekräftigt|"
    r"versichert|verkündet|bestätigt|beklagt|erwidert|entgegnet|bemerkt|behauptet|kritisiert|"
    r"kommentiert|erläutert|ergänzt|angekündigt|hinzugefügt|mitgeteilt|unterstrichen|"
    r"gesprochen|gerufen|zugegeben|eingeräumt|berichtet|genannt|getwittert|gepostet)"
)
_PARTICIPLE = rf"{_PARTICIPLE_WORDS}\b"
#: Also participles of a judgement or reply, whose object may follow the auxiliary ("hat den
#: Angriff verurteilt"): they show reported speech, but name no speaker after "hat".
_JUDGED_WORDS = (
    r"(?:bezeichnet|verurteilt|begrüßt|gelobt|gewürdigt|zurückgewiesen|"
    r"dementiert|gefragt|geantwortet|vorgeworfen|beschrieben|angeprangert|hervorgehoben|"
    r"hingewiesen|gedroht|appelliert|aufgerufen|bekanntgegeben|geschildert|beteuert|bedauert|"
    r"versprochen|abgetan|gewertet|eingestuft|gebrandmarkt|verspottet)"
)
_PARTICIPLE_WIDE = rf"(?:{_PARTICIPLE}|{_JUDGED_WORDS}\b)"
#: A sentence of reported speech: a verb of saying, a noun of opinion, or a finite verb
#: that opens a dass-clause ("prangerten an, dass"); a participle of saying counts for
#: the subject of a short quote (``_SAYING_SUBJECT``).
_SAYING = (
    rf"\b{_VERB_WIDE}|\b(?:Meinung|Ansicht|Auffassung|Überzeugung|Worten)\b"
    r"|\b(?:nahm|nimmt|nahmen|nehmen)\b[^„“»«.;:]*?\bStellung\b"
    r"|\b(?:ist|war|sind|waren)\s+sich\b[^„“»«.;]{0,80}?\s(?:sicher|überzeugt|gewiss)\b"
    r"|\b\p{Ll}+(?:te|ten|t)(?:\s+\p{Ll}{2,5})?,\s+(?:dass|daß)\b"
    # "lassen" with an infinitive of saying: X ließ verlauten, ließ mitteilen
    r"|\b(?:ließ|ließen|lässt|lassen)\b[^„“»«.;:,]{0,60}?\b(?:verlauten|mitteilen|erklären|"
    r"ausrichten|wissen)\b"
)
_SAYING_SUBJECT = rf"{_SAYING}|\b{_PARTICIPLE_WIDE}"
#: Before and after a word in a text searched with ``str.contains``: no letter, digit or
#: underscore, or the text's start or end. In such a search ``(?:^|\W)sagte`` finds what
#: ``\bsagte`` finds, but without ``\b``, which (Unicode-aware) makes the regex crate's fast
#: engine give up at the first letter outside ASCII; its slow engines then take several times as
#: long on German text. Only for whole patterns searched with ``str.contains``: the character
#: taken in is part of the match (``str.extract`` would return it).
_BEFORE_WORD = r"(?:^|\W)"
_AFTER_WORD = r"(?:\W|$)"
#: ``_VERB_WIDE``, ``_SAYING`` and ``_SAYING_SUBJECT`` for ``str.contains`` (the same texts
#: match; see ``_BEFORE_WORD``). Two word boundaries with a run of characters between them
#: ("nahm ... Stellung") become a character that is no word's at each end of the run.
_VERB_WIDE_IN = rf"{_BEFORE_WORD}(?:{_SAY}|{_alternatives(_WIDE_EXTRA)}){_AFTER_WORD}"
_SAYING_IN = (
    rf"{_VERB_WIDE_IN}|{_BEFORE_WORD}(?:Meinung|Ansicht|Auffassung|Überzeugung|Worten)"
    rf"{_AFTER_WORD}"
    rf"|{_BEFORE_WORD}(?:nahm|nimmt|nahmen|nehmen)[^\w„“»«.;:](?:[^„“»«.;:]*?[^\w„“»«.;:])?"
    rf"Stellung{_AFTER_WORD}"
    rf"|{_BEFORE_WORD}(?:ist|war|sind|waren)\s+sich(?:[^\w„“»«.;][^„“»«.;]{{0,79}}?)?\s"
    rf"(?:sicher|überzeugt|gewiss){_AFTER_WORD}"
    rf"|{_BEFORE_WORD}\p{{Ll}}+(?:te|ten|t)(?:\s+\p{{Ll}}{{2,5}})?,\s+(?:dass|daß){_AFTER_WORD}"
    rf"|{_BEFORE_WORD}(?:ließ|ließen|lässt|lassen)[^\w„“»«.;:,]"
    rf"(?:[^„“»«.;:,]{{0,58}}?[^\w„“»«.;:,])?(?:verlauten|mitteilen|erklären|ausrichten|wissen)"
    rf"{_AFTER_WORD}"
)
_SAYING_SUBJECT_IN = (
    rf"{_SAYING_IN}|{_BEFORE_WORD}(?:{_PARTICIPLE_WORDS}|{_JUDGED_WORDS}){_AFTER_WORD}"
)

#: Stands for the quote in ``_both``, the quote's sentence without the quote.
_HERE = "\ue000"
#: Conjunctions that open a subordinate clause with a subject of its own.
_OPENS_CLAUSE = r"(?:während|wobei|wohingegen|weil|obwohl|zumal|nachdem)"
#: (also opening the sentence: Während Stoltenberg von „…“ sprach, warnte Lawrow ...)
_OPENS_SENTENCE = r"(?:Während|Weil|Obwohl|Zumal|Nachdem|Da)"
#: By its own account: the subject is the source ("Russland hat nach eigenen Angaben ...").
_OWN_ACCOUNT = (
    r"(?:(?:nach|laut)\s+eigenen?\s+(?:Angaben|Worten|Darstellung|Aussagen?|Einschätzung|Schätzung(?:en)?)"
    r"|eigenen\s+Angaben\s+zufolge)"
)
_OWN_ACCOUNT_FIRST = (
    r"(?:(?:Nach|Laut)\s+eigenen?\s+(?:Angaben|Worten|Darstellung|Aussagen?|Einschätzung|Schätzung(?:en)?)"
    r"|Eigenen\s+Angaben\s+zufolge)"
)
#: A reaction that came from someone: "Kritik kam von Bundeskanzler Olaf Scholz", "Scharfer
#: Widerspruch kam aus Washington" (the speaker of a quote right after).
_REACTION = (
    r"^(?P<pre>\s*(?:(?:Auch|Doch|Aber|Und|Dagegen)\s+)?(?:\p{Lu}\p{Ll}+e[rs]?\s+)?"
    r"(?:Kritik|Widerspruch|Lob|Zustimmung|Unterstützung|Applaus|Beifall|Protest|Proteste|"
    r"Reaktion(?:en)?|Warnung(?:en)?|Antwort|Gegenwind|Rückendeckung)\s+(?P<cue>kam|kamen|kommt)\s+"
    r"(?:(?:auch|dagegen|jedoch|aber|prompt|umgehend|sofort|postwendend|ebenfalls)\s+)*"
    rf"(?:von|vom|aus)\s+(?:(?:der|dem|den)\s+)?)(?P<spk>{_SPK_ANY}{_FROM})"
)
#: ... the source first: Aus Moskau kam scharfe Kritik, Von der Opposition kam Widerspruch
#: (the nouns in another order than in _REACTION: the guards tell the patterns apart).
_REACTION_NOUNS = (
    r"(?:Gegenwind|Kritik|Widerspruch|Lob|Zustimmung|Unterstützung|Applaus|Beifall|Protest|"
    r"Proteste|Reaktion(?:en)?|Warnung(?:en)?|Antwort|Rückendeckung)"
)
_REACTION_FIRST = (
    r"^(?P<pre>\s*(?:(?:Auch|Doch|Aber|Und|Dagegen)\s+)?(?:[Aa]us|[Vv]on|[Vv]om)\s+"
    rf"(?:(?:der|dem|den)\s+)?)(?P<spk>{_SPK_ANY}{_FROM})\s+(?P<cue>kam|kamen|kommt)\s+"
    r"(?:(?:auch|dagegen|jedoch|aber|prompt|umgehend|sofort|postwendend|ebenfalls)\s+)*"
    rf"(?:\p{{Ll}}+e[rs]?\s+)?{_REACTION_NOUNS}\b"
)
#: Nouns that name someone's words before a colon (an die Worte von X: „…“).
_WORDS_OF = ["Worte", "Worten", "Satz", "Zitat", "Ausspruch", "Aussage", "Äußerung", "Bemerkung"]
#: A dateline: "Mönchengladbach – ", "Madrid (Spanien), 29.06.2022 – " (Wikinews).
_DATELINE_PLACE = r"\p{Lu}[\p{L}\p{M}./-]+(?:\s+\p{Lu}[\p{L}\p{M}.-]+)?(?:\s*\([^()]{1,30}\))?"
_DATELINE = _DATELINE_PLACE + r"(?:,?\s*[0-9.]+)?\s+[–—-]\s+"
#: ... its comma, which opens no clause (:func:`_subjects` writes a space for it): "München
#: (Deutschland), 11.02.2007 – Mit scharfen Worten hat Putin ..." (groups: before and after).
_DATELINE_COMMA = rf"^(\s*{_DATELINE_PLACE}),(\s*[0-9.]+\s+[–—-]\s)"
#: The particle of "mitteilen" right after its verb, before the subject, as machine translation
#: from Russian puts it: "Darüber teilte mit der Koordinierungsstab" (blanked for the subject
#: search, group 1 and 3 kept: "Darüber teilte     der Koordinierungsstab").
_PARTICLE_FIRST = (
    r"^(\s*(?:Darüber|Dies|Das|Davon|Hierüber|Dazu)\s+(?:teilte|teilten)\s+)mit(\s+)"
    r"((?:der|die|das)\s)"
)
#: What may open a sentence before its subject: a bullet, a topic label, a dateline, a
#: connecting adverb.
_OPENERS = (
    # a bullet: "► Die SPD will ..."
    r"(?:[►▶•■▪]\s*)?"
    # the time of a live ticker's entry: "16.10 Uhr: Habeck hat ...", "9:45 – Die Nato ..."
    r"(?:[0-9]{1,2}[.:][0-9]{2}(?:\s*Uhr)?(?::|\s+[–—-])\s+)?"
    # a topic label first: "Europapolitik: Die SPD will ..."; a dateline: "Mönchengladbach – ",
    # "Madrid (Spanien), 29.06.2022 – " (Wikinews)
    r"(?:\p{Lu}[\p{L}\p{M}-]+:\s+|" + _DATELINE + r")?"
    r"(?:(?:Auch|Zudem|Außerdem|Dann|Daraufhin|Doch|Aber|Und|Nun|Jetzt|Später|Zuvor|"
    r"Gleichzeitig|Zugleich|Schließlich|Dabei|Dazu|Darauf|Hierzu|Allerdings|Inzwischen|So|"
    r"Selbst|Sogar|Nicht\s+nur|Ebenso|Ebenfalls|"
    r"Wie|Wie\s+auch)\s+)?"
)
#: Verbs of naming that a second subject leaves out (Russland sprach von einer „…“, der
#: Westen von einer „…“).
_GAPPED_VERBS = (
    "sprach sprachen spricht sprechen bezeichnete bezeichneten bezeichnet bezeichnen nannte "
    "nannten nennt nennen wertete werteten wertet werten"
).split()
#: (name, text column, pattern); each has groups ``pre`` (text before the speaker),
#: ``spk`` and ``cue``.
#: The end of a sentence after the one quoted by a paper, with a place or an occasion ("in
#: einem Bericht") before it.
_QUOTED_AT = r"(?:\s+(?:in|im|auf|am|bei|beim|aus|nach)\s+[^„“»«,.;:!?]{1,40})?\s*[.;]?\s*$"
#: A stance before a colon, indirect speech after it (see ``_RULES``): its subject must be a
#: person or a body (not "Die Lage ist ernst: Es gebe „…“").
_STANCE_COLON = (
    # (a relative clause may follow the subject, and what the stance is about the reflexive:
    # "Diplomaten in Brüssel, die ... beteiligt waren, zeigten sich über den Ton des
    # Präsidenten verärgert: Man habe ...")
    rf"^(?P<pre>\s*)(?P<spk>{_SPK})(?:,\s+(?:der|die|das|welche[rs]?)\s+[^„“»«:;,]{{3,150}},)?"
    r"\s+(?P<cue>war|ist|sind|waren|reagierte|reagierten|"
    r"reagiert|reagieren|wurde|wird|wurden|werden|gab|gibt|gaben|geben|zeigte|zeigt|zeigten|"
    r"zeigen)\s+(?:sich\s+(?:(?:über|von|mit|angesichts)\s+[^,:;„“»«]{1,60}?\s+)?)?"
    r"(?:(?:da|dagegen|hingegen|jedoch|aber|deutlich|etwas|weit|viel|noch|sehr)\s+)*"
    r"(?:\p{Ll}+(?:er|end|t|ig|isch|lich|sam)|(?:anderer|gleicher|derselben|der\s+gleichen)"
    r"\s+(?:Meinung|Ansicht|Auffassung))\s*:\s+[^„“»«:]*?"
    r"\b(?:sei|seien|gebe|habe|werde|würden|wären|hätten|könne|müsse|solle|wolle|dürfe|"
    r"stehe|liege|gehe|komme|fehle|bleibe|brauche|sehe)\b[^„“»«:]*$"
)
#: How plainly one spoke, after "wurde": "deutlicher", "konkreter", "grundsätzlich".
_PLAINLY_WORDS = (
    "deutlich deutlicher konkret konkreter schärfer drastischer grundsätzlich grundsätzlicher "
    "persönlich emotional emotionaler energisch energischer"
).split()
_PLAINLY = _alternatives(_PLAINLY_WORDS)
#: ... in the comparative only, after its subject ("Die Lage wurde deutlich" is a thing's).
_MORE_PLAINLY = _alternatives([word for word in _PLAINLY_WORDS if word.endswith("er")])
_PLAINLY_FIRST = _alternatives([word.capitalize() for word in _PLAINLY_WORDS])
#: Sources named by a preposition anywhere in a sentence: "laut X" (the source nearest to
#: the quote: greedy; also a plural with no article, "Laut ukrainischen Behörden"), "nach
#: Angaben X", "X zufolge". Rules of their own (``_RULES``), and the sources a chain of
#: indirect speech goes on from (``_CHAIN_SOURCES``).
_LAUT_SOURCE = rf"^(?P<pre>(?s:.*)\b(?P<cue>[Ll]aut)\s+)(?P<spk>(?:{_ADJ}\s+)*{_SPK_ANY})"
_NACH_SOURCE = (
    # (not "nach eigenen Angaben": the subject's own, see _OWN_SOURCE; the noun after it is
    # no source: "HRW dokumentierte nach eigenen Angaben Hinrichtungen")
    rf"^(?P<pre>(?s:.*)\b(?P<cue>[Nn]ach)\s+(?:den\s+|der\s+|dem\s+)?(?:Ansicht|"
    rf"Auffassung|Meinung|Angaben|Einschätzung|Worten|Darstellung(?:en)?|Aussagen?|Überzeugung|"
    rf"Informationen|Bewertung|Schätzung(?:en)?|Erkenntnissen|Berechnungen|Einschätzungen|"
    rf"Auskunft|Ermittlungen|Ankündigung|Plänen|Willen|Vorstellung(?:en)?|Lesart|Version)"
    # (also a genitive with no article, and where the source is: "Nach Angaben britischer
    # Geheimdienste", "Nach Darstellung Moskaus", "Nach Informationen aus Kiew")
    rf"\s+(?:(?:des|der|von|vom|eines|einer|aus)\s+)?)(?P<spk>(?:{_ADJ}\s+)*{_SPK_ANY})"
)
#: "X zufolge" (a name in apposition after the place: "Dem Kommandeur der Truppen in Europa,
#: General Ben Hodges, zufolge").
_ZUFOLGE_SOURCE = rf"^(?P<pre>(?s:.*?))\b(?P<spk>{_SPK_ANY}{_FROM}{_APPOS})\s+(?P<cue>zufolge)\b"
#: An agency or a paper that quotes someone, after its verb: "(zitierte) die staatliche
#: Nachrichtenagentur Tass ", "die „Iswestija“ ", "Interfax ", or a pronoun: "sie " (see the
#: rules of quoting in ``_RULES``).
_QUOTING_AGENCY = (
    r"(?:(?:die\s+|der\s+|das\s+)?"
    # (an adjective may come first: "zitierte die staatliche Nachrichtenagentur Tass")
    rf"(?:{_ADJ}\s+)*(?:„[^„“]{{1,40}}“(?:-\p{{L}}+)?\s+|(?:{_CAP}\s+){{1,3}}?)|(?:er|sie)\s+)"
)
#: ... and the one it quotes, the speaker: "den Vizeminister X", "das Delegationsmitglied X".
_QUOTED_ONE = rf"(?P<spk>(?:den|die|das|einen|eine|ein)\s+(?:{_ADJ}\s+)*{_NAMESEQ}{_APPOS})"

_RULES: list[tuple[str, str, str]] = [
    # a clause of saying after a comma, its subject after the verb, that a colon closes right
    # before the quote: "Die Zahlen sagten wenig aus, betonte die Dänin: „…“", "..., gab die
    # Dänin zu bedenken: „…“" (before a subject that opens the sentence)
    (
        "before",
        "_before",
        # (the speaker with its article: not the one spoken to after an apposition, "Sprecher
        # der Küstenwache, Kommodore X, sagte Reportern:")
        # (the part before the comma a clause, with a word in lower case: not a name in
        # apposition, "Der Vorsitzende der Gewerkschaft, Sven X, beklagt die Belastung:")
        rf"^(?P<pre>(?:(?s:.*),)?[^,]*\b\p{{Ll}}[^,]*,\s+(?P<cue>{_VERB})\s+)"
        rf"(?P<spk>(?:[Dd](?:er|ie)|[Ee]ine?)\s+(?:{_ADJ}\s+)*{_SPK})\s*:\s*$",
    ),
    (
        "before",
        "_before",
        rf"^(?P<pre>(?s:.*),\s+(?P<cue>gab|gibt)\s+)"
        rf"(?P<spk>(?:[Dd](?:er|ie)|[Ee]ine?)\s+(?:{_ADJ}\s+)*{_SPK})\s+zu\s+bedenken\s*:\s*$",
    ),
    # someone's words named before a colon: Scholz erinnerte an Putins Worte: „…“ / an einen
    # Satz von Kennedy: „…“ (not "mit den Worten:", whose speaker is the subject)
    (
        "before",
        "_before",
        rf"^(?P<pre>(?s:.*?)\b(?P<cue>{'|'.join(_WORDS_OF)})\s+(?:von|vom|des|der)\s+)"
        rf"(?P<spk>(?:{_ADJ}\s+)*{_SPK_ANY})\s*:\s*$",
    ),
    (
        "before",
        "_before",
        rf"^(?P<pre>(?s:.*?)\b)(?P<spk>\p{{Lu}}[\p{{L}}\p{{M}}-]*(?:s|'|’))\s+"
        rf"(?P<cue>{'|'.join(_WORDS_OF)})\s*:\s*$",
    ),
    # the one who asks a question: Frage eines Journalisten: „…?“
    (
        "before",
        "_before",
        rf"^(?P<pre>(?s:.*?)\b(?P<cue>Frage)\s+(?:von|vom|des|der|eines|einer)\s+)"
        rf"(?P<spk>(?:{_ADJ}\s+)*{_SPK_ANY})\s*:\s*$",
    ),
    # the subject of a subordinate clause around the quote, its verb last (not the subject
    # of the main clause): ..., während der Kreml von einer „Provokation“ sprach
    (
        "before",
        "_both",
        rf"^(?P<pre>(?s:.*?),\s+{_OPENS_CLAUSE}\s+|\s*(?:{_OPENS_SENTENCE}|Als)\s+)(?P<spk>{_SPK})\s+"
        rf"[^„“»«,;:.!?{_HERE}]{{0,80}}{_HERE}[^„“»«,;:.!?{_HERE}]{{0,60}}?"
        rf"\b(?P<cue>{_VERB_WIDE}|{_PARTICIPLE_WIDE}(?:\s+(?:hat|hatte|hatten|haben|habe))?)"
        r"\s*(?:[,;.!?]|$)",
    ),
    # a second subject whose verb is left out (gapping): Russland sprach von einer „…“, der
    # Westen von einer „…“; Die Nato nannte die Übung eine „…“, Moskau eine „…“ (no verb after
    # the quote: not a relative clause, ..., der Zivilisten als „…“ missbrauche)
    (
        "before",
        "_both",
        rf"^(?P<pre>(?s:.*)\b(?P<cue>{_alternatives(_GAPPED_VERBS)})\b[^„“»«:;.!?{_HERE}]*?"
        rf"„[^„“{_HERE}]*“[^„“»«:;.!?,{_HERE}]*,\s+(?:und\s+)?)(?P<spk>{_NOM_NP}?{_NAMESEQ})"
        rf"\s+(?:von|als|eine[nmr]?|ein)\b[^,„“»«:;.!?{_HERE}]*{_HERE}[“”«»\"]?"
        r"(?:\s+(?:in|im|auf|an|gegen|für|des|der|von|vom|zur|zum)\s+[^„“»«.,;:!?]*?)?"
        r"\s*(?:[.;!?,]|$)",
    ),
    # a second verb of the subject after its verb: „…“, sagte X am Samstag in Frankfurt und
    # sprach von „…“ (lower-case words only after "und": "und Merz sprach" has its own)
    (
        "before",
        "_before",
        rf"^(?P<pre>(?s:.*?),\s+(?P<cue>{_VERB})\s+)(?P<spk>{_SPK})(?:\b|\s)[^„“»«:;.!?]{{0,120}}?"
        rf"\bund\s+(?:\p{{Ll}}+\s+){{0,2}}?{_VERB_WIDE}[^„“»«:;.!?]*$",
    ),
    # hearsay, the participle of saying after the quote: X soll die Nato als „…“ bezeichnet
    # haben; Laut Interfax soll X die Nato einen „…“ genannt haben
    (
        "before",
        "_both",
        rf"^(?P<pre>\s*{_OPENERS})(?P<spk>{_SPK})\s+(?:soll|sollen)\s+"
        rf"[^„“»«;:.!?{_HERE}]{{0,80}}{_HERE}[^„“»«;:.!?{_HERE}]{{0,60}}?"
        rf"\b(?P<cue>{_PARTICIPLE_WIDE})\s+haben\b",
    ),
    (
        "before",
        "_both",
        # (a name in quote marks may come before: Laut einem Bericht der „Welt“ soll X ...)
        rf"^(?P<pre>(?:[^„“»«;:.!?{_HERE}]|„[^„“{_HERE}]{{1,60}}“)*?\b(?:soll|sollen)\s+)"
        rf"(?P<spk>{_SPK})\s+"
        rf"[^„“»«;:.!?{_HERE}]{{0,80}}{_HERE}[^„“»«;:.!?{_HERE}]{{0,60}}?"
        rf"\b(?P<cue>{_PARTICIPLE_WIDE})\s+haben\b",
    ),
    # (the participle before the quote: X soll gesagt haben, die Nato sei „…“)
    (
        "before",
        "_before",
        rf"^(?P<pre>\s*{_OPENERS})(?P<spk>{_SPK})\s+(?:soll|sollen)\s+[^„“»«;:.!?,]{{0,80}}?"
        rf"\b(?P<cue>{_PARTICIPLE_WIDE})\s+haben\s*,[^„“»«;:.!?]*$",
    ),
    (
        "before",
        "_before",
        rf"^(?P<pre>[^„“»«;:.!?]*?\b(?:soll|sollen)\s+)(?P<spk>{_SPK})\s+[^„“»«;:.!?,]{{0,80}}?"
        rf"\b(?P<cue>{_PARTICIPLE_WIDE})\s+haben\s*,[^„“»«;:.!?]*$",
    ),
    # a reaction that came from someone, with a colon: Kritik kam von X: „…“
    ("colon", "_before", rf"{_REACTION}[^„“»«]*?:\s*$"),
    ("colon", "_before", rf"{_REACTION_FIRST}[^„“»«]*?:\s*$"),
    # two subjects with "sowohl ... als auch": Sowohl Berlin als auch Paris kritisierten ...
    (
        "before",
        "_before",
        rf"^(?P<pre>(?s:.*?)\b)(?P<spk>{_BOTH})\s+(?P<cue>{_VERB_WIDE})",
    ),
    # (the verb first: warnten sowohl die Nato als auch die EU, „…“, betonten sowohl X als auch Y)
    (
        "before",
        "_before",
        rf"^(?P<pre>(?s:.*?)\b(?P<cue>{_VERB_WIDE})\s+)(?P<spk>{_BOTH})",
    ),
    (
        "after",
        "_after",
        rf"^(?P<pre>\s*,?\s*(?P<cue>{_VERB})\s+)(?P<spk>{_BOTH})",
    ),
    # an agency that quotes someone named before by a pronoun: „…“, zitierte ihn die Agentur
    # Interfax, zitierte ihn Interfax, zitierte sie die „Financial Times“ (a pronoun before
    # the subject is the object: the one quoted; "sie" only before a subject with its
    # article, "zitierte sie Merkel" may be hers; :func:`quotes` reads "ihn" as "er")
    (
        "after",
        "_after",
        r"^(?P<pre>\s*,\s*(?P<cue>zitierte|zitierten|zitiert)\s+)(?P<spk>ihn)"
        r"\s+(?:(?:die|der|das)\s+)?(?:„|\p{Lu})",
    ),
    (
        "after",
        "_after",
        r"^(?P<pre>\s*,\s*(?P<cue>zitierte|zitierten|zitiert)\s+)(?P<spk>sie)"
        r"\s+(?:die|der|das)\s+(?:„|\p{Lu})",
    ),
    # an agency that quotes from a document: „…“, zitierte die Agentur Tass aus einer
    # Mitteilung des Ministeriums (the document with its author, as "hieß es in" gives it)
    (
        "after",
        "_after",
        rf"^(?P<pre>\s*,?\s*(?P<cue>zitierte|zitierten|zitiert)\s+(?:(?:die\s+|der\s+|das\s+)?"
        rf"(?:{_ADJ}\s+)*(?:„[^„“]{{1,40}}“(?:-\p{{L}}+)?\s+|(?:{_CAP}\s+){{1,3}}?))aus\s+"
        rf"(?:einer|einem|der|dem|seiner|seinem|ihrer|ihrem)\s+(?:{_ADJ}\s+)*)"
        rf"(?P<spk>{_DOCUMENT_NOUN}\s+(?:des|der|von)\s+{_SPK_ANY})",
    ),
    # an agency that quotes someone: „…“, zitierte die Agentur Tass den Vizeminister X (also a
    # paper in quote marks: zitierte die „Iswestija“ einen Offizier; or a pronoun: zitierte sie
    # den Dichter)
    (
        "after",
        "_after",
        rf"^(?P<pre>\s*,?\s*(?P<cue>zitierte|zitierten|zitiert)\s+{_QUOTING_AGENCY})"
        # (a neuter one too: "zitierte Tass das Delegationsmitglied X", "ein Mitglied")
        rf"{_QUOTED_ONE}",
    ),
    # ... and after a partial quote, at the end of its clause: Die Vorwürfe seien „absurd“ und
    # Teil einer Kampagne, zitierte die Agentur Tass die Sprecherin X
    (
        "after",
        "_after",
        r"^(?P<pre>(?:[^„“»«:;.!?]|„[^„“]{1,80}“)*?,\s+"
        rf"(?P<cue>zitierte|zitierten|zitiert)\s+{_QUOTING_AGENCY})"
        rf"{_QUOTED_ONE}",
    ),
    # ... before the quote, with the words: Die Zeitung zitierte einen Offizier mit den Worten
    # „…“ (the one quoted, not the paper); also with no article and the words reported after
    # a comma: Medien zitierten Generalstabschef X mit den Worten, Russland werde „…“
    (
        "before",
        "_before",
        # (an adverb may come first: "zitierte dagegen den Sprecher")
        rf"^(?P<pre>(?s:.*?)\b(?P<cue>zitierte|zitierten|zitiert)\s+(?:{_CAP}\s+){{0,3}}?"
        r"(?:(?:dagegen|hingegen|außerdem|zudem|auch|wiederum|ferner|ebenfalls|erneut|später|"
        r"zuvor|seinerseits|ihrerseits)\s+){0,2})"
        rf"(?P<spk>(?:(?:den|die|das|einen|eine|ein)\s+(?:{_ADJ}\s+)*)?{_NAMESEQ}{_APPOS})"
        # (a relative clause may come between: zitierte einen Offizier, der ungenannt bleiben
        # wollte, mit den Worten: „…“)
        r"(?:\s*,\s+(?:der|die|das|dessen|deren)\s+[^„“»«,;:.!?]{1,100},)?"
        r"(?:\s+mit\s+(?:den|diesen|folgenden)\s+Worten\s*(?::?\s*|,[^„“»«:;.]*)"
        # (or the words reported right after a comma: RIA Nowosti zitierte den Vizeminister X,
        # der Schritt sei „…“)
        r"|\s*,\s+[^„“»«:;.]*)$",
    ),
    # ... or a pronoun right after the verb, the subject before it: Die Nachrichtenagentur
    # Xinhua zitierte sie mit den Worten: „…“ (the one quoted, taken up like "er" or "sie")
    (
        "before",
        "_before",
        r"^(?P<pre>(?s:.*?)\p{Lu}[^„“»«.!?:;]*?\s(?P<cue>zitierte|zitierten|zitiert)\s+)"
        r"(?P<spk>ihn|sie)\s+mit\s+(?:den|diesen|folgenden)\s+Worten\s*:?\s*$",
    ),
    # ... in the passive: Dem Bericht zufolge wurde er vor Ort mit den Worten zitiert: „…“ (the
    # one quoted, not the report)
    (
        "before",
        "_before",
        rf"^(?P<pre>(?s:.*?)\b(?:wird|wurde)\s+)(?P<spk>{_SPK})\s+(?:[^„“»«,;:.!?]{{1,40}}?\s+)?"
        r"mit\s+(?:den|diesen|folgenden)\s+Worten\s+(?P<cue>zitiert)\s*:\s*$",
    ),
    # rarer verbs of saying right after the quote: „…“, witzelte X / mutmaßen die Beamten
    # (and the present plural of the ambiguous stems, a verb there: „…“, stellen die Forscher
    # fest)
    (
        "after",
        "_after",
        rf"^(?P<pre>\s*,\s*(?P<cue>{_alternatives(_SAY_AFTER_ONLY)}(?:ten|te|t|en|n)"
        rf"|{_alternatives(sorted(_AMBIGUOUS))}(?:en|n)|findet|finden|fand|fanden)\s+(?:sich\s+)?"
        # (an adverb of contrast may come first: „…“, findet dagegen X)
        r"(?:(?:dagegen|hingegen|jedoch|wiederum|indes|allerdings)\s+)?)"
        rf"(?P<spk>{_SPK})",
    ),
    # ... with no article: a bare name after a paper in quote marks or an agency with its
    # name (zitiert die „Computerwoche“ Lynch in einem Bericht, zitierte die Agentur Interfax
    # Peskow)
    (
        "after",
        "_after",
        rf"^(?P<pre>\s*,\s*(?P<cue>zitierte|zitierten|zitiert)\s+(?:die\s+|der\s+|das\s+)?"
        rf"(?:„[^„“]{{1,40}}“(?:-\p{{L}}+)?|(?:Nachrichtenagentur|Agentur)\s+\p{{Lu}}[\p{{L}}\p{{M}}-]+)\s+)"
        rf"(?P<spk>{_NAMESEQ}{_APPOS}){_QUOTED_AT}",
    ),
    # ... or after another name: „…“, zitiert ndr.de Polizeisprecher Ralf Meyer (a place or an
    # occasion may follow)
    (
        "after",
        "_after",
        rf"^(?P<pre>\s*,\s*(?P<cue>zitierte|zitierten|zitiert)\s+(?:die\s+|der\s+|das\s+)?"
        rf"(?:{_CAP}|[\w-]+\.(?:de|com|org|net|at|ch))\s+)(?P<spk>{_CAP}\s+{_NAMESEQ}{_APPOS})"
        rf"{_QUOTED_AT}",
    ),
    # a report that names its source: „…“, berichtete Tass unter Berufung auf X
    (
        "after",
        "_after",
        rf"^(?P<pre>\s*,\s*(?:{_VERB})\s+[^„“»«,.;:]{{0,60}}?\b[Uu]nter\s+(?P<cue>Berufung)\s+auf\s+)"
        rf"(?P<spk>(?:{_ADJ}\s+)*{_SPK_ANY})",
    ),
    # went on: „…“, fuhr X fort; and put forward or objected, as in court: „…“, trug die
    # Staatsanwältin vor; „…“, hielt der Verteidiger entgegen
    (
        "after",
        "_after",
        r"^(?P<pre>\s*,\s*(?P<cue>fuhr|fuhren|fährt|trug|trugen|trägt|hielt|hielten|hält)\s+)"
        rf"(?P<spk>{_SPK})(?:\s+[^\s„“»«,.;:]+){{0,3}}?\s+(?:fort|vor|entgegen|dagegen)\b",
    ),
    # an unnamed group: „…“, sagen viele (see _UNNAMED_VOICE)
    ("after", "_after", rf"^(?P<pre>\s*,\s*(?P<cue>{_VERB})\s+)(?P<spk>{_GROUP})\s*(?:[.;!?]|$)"),
    # a demonstrative that takes up the quote: „…“, das sagte X (only verbs that are no
    # adjective after "das": not "das erklärte Ziel der Regierung")
    (
        "after",
        "_after",
        r"^(?P<pre>\s*,\s*(?:das|dies)\s+(?P<cue>sagte|sagten|sagt|sagen|schrieb|schrieben|"
        rf"schreibt|meinte|meinten|meint)\s+{_ADDRESSEE}?)(?P<spk>{_SPK})",
    ),
    # (also after a dash: „…“ – so der Präsident)
    (
        "after",
        "_after",
        rf"^(?P<pre>\s*,?\s*(?:[–—]\s*)?(?:so\s+)?(?P<cue>{_VERB}|so\b)\s+{_ADDRESSEE}?)"
        rf"(?P<spk>{_SPK})",
    ),
    (
        "after",
        "_after",
        rf"^(?P<pre>\s*,?\s*(?:so\s+)?(?P<cue>{_VERB}|ließ|ließen){_LOW}\s+)(?P<spk>{_SPK})",
    ),
    # the one quoted before a colon: Die Agentur IRNA zitierte den Präsidenten mit den
    # Worten: „…“ (the agency is no speaker of its own here)
    (
        "before",
        "_before",
        rf"^(?P<pre>(?s:.*?)\b(?P<cue>zitierte|zitierten|zitiert)\s+(?:(?:die|der|das)\s+"
        rf"(?:{_CAP}\s+){{1,3}}?)?(?:(?:dazu|hierzu|auch|zudem|außerdem|ebenfalls)\s+)?)"
        rf"(?P<spk>(?:den|die|einen|eine)\s+(?:{_ADJ}\s+)*{_NAMESEQ}{_APPOS}"
        # (with where the one is from: "zitierte einen Feuerwehrmann aus Stendal mit den
        # Worten:")
        rf"(?:\s+(?:aus|von|vom|in|im)\s+(?:(?:dem|der|den)\s+)?(?:{_ADJ}\s+)*{_CAP_WORD}"
        rf"(?:\s+{_CAP_WORD})?)?|{_NAMESEQ})"
        r"(?:\s+mit\s+(?:den|diesen|folgenden)\s+Worten)?\s*:\s*$",
    ),
    # ... or the one a speaker quotes, in the first person (speeches, commentaries): Ich
    # zitiere den Kollegen X: „…“; Ich erlaube mir, Herrn Professor X zu zitieren: „…“;
    # Lassen Sie mich den Bundespräsidenten zitieren: „…“ (not the subject of the sentence
    # before, whose words they are not)
    (
        "before",
        "_before",
        rf"^(?P<pre>(?s:.*?)\b(?:[Ii]ch|[Ww]ir)\s+(?P<cue>zitiere|zitieren)\s+"
        r"(?:(?:hier|nochmals|noch\s+einmal|gern|gerne|mal|kurz|wörtlich)\s+){0,2})"
        rf"(?P<spk>(?:(?:den|die|das|einen|eine|Herrn|Frau)\s+(?:{_ADJ}\s+)*)?{_NAMESEQ}{_APPOS})"
        r"\s*:\s*$",
    ),
    (
        "before",
        "_before",
        rf"^(?P<pre>(?s:.*?)\b(?:[Ii]ch|[Ww]ir|mich|uns|mir)\b[^„“»«:;.!?]*?\s)"
        rf"(?P<spk>(?:(?:den|die|das|einen|eine|Herrn|Frau)\s+(?:{_ADJ}\s+)*)?{_NAMESEQ}{_APPOS})"
        r"(?:\s+(?:hier|nochmals|noch\s+einmal|gern|gerne|mal|kurz|wörtlich|ausführlich)){0,2}"
        r"\s+(?:zu\s+)?(?P<cue>zitieren)\s*:\s*$",
    ),
    # the perfect first: in "X hatte die Rolle der Vorsitzenden betont:" the participle
    # "betont" is no present tense with "Vorsitzenden" as its subject; the subject before
    # the auxiliary first ("Stoltenberg hat die Verbündeten gewarnt:"), then after it ("Am
    # Montag hat X gewarnt:")
    (
        "before",
        "_before",
        rf"^(?P<pre>(?s:.*?))\b(?P<spk>{_SPK})\s+(?P<cue>{_AUX_SAY})\b[^„“»«:]*?\b{_PARTICIPLE}"
        rf"(?:\s+(?:haben|hatte|hat|worden))?\s*[:,]\s*$",
    ),
    (
        "before",
        "_before",
        rf"^(?P<pre>(?s:.*?)\b(?P<cue>{_AUX_SAY})\s+)(?P<spk>{_SPK})(?:\b|\s)[^„“»«:]*?\b{_PARTICIPLE}"
        rf"(?:\s+(?:haben|hatte|hat|worden))?\s*[:,]\s*$",
    ),
    # a relative clause before the colon: ..., die X zum Ziel erklärt hatte: „…“
    (
        "before",
        "_before",
        rf"^(?P<pre>(?s:.*?),\s+(?:die|der|den|das)\s+)(?P<spk>{_SPK})\s+[^„“»«:;]*?\b"
        rf"(?P<cue>{_PARTICIPLE})\s+(?:hatte|hat|hatten|haben)\s*:\s*$",
    ),
    # the speaker before a relative clause of saying: ... Macron, der in einem Interview
    # gesagt hatte: „…“
    (
        "before",
        "_before",
        rf"^(?P<pre>(?s:.*?)\b)(?P<spk>{_SPK_ANY}),\s+(?:der|die)\s+[^„“»«:;,]*?\b"
        rf"(?P<cue>{_PARTICIPLE}|{_VERB})(?:\s+(?:hatte|hat|hatten|haben))?\s*:\s*$",
    ),
    (
        "before",
        "_before",
        rf"^(?P<pre>(?s:.*?))\b(?P<spk>{_SPK})\s+(?P<cue>{_VERB}){_ADVERBIAL}\s*[:,]\s*$",
    ),
    (
        "before",
        "_before",
        rf"^(?P<pre>(?s:.*?)\b(?P<cue>{_VERB}|so\b)\s+)(?P<spk>{_SPK}){_ADVERBIAL}\s*[:,]\s*$",
    ),
    # two verbs of one subject: ..., biss der Mann den Fluggast und rief: „…“ / Der Minister
    # stand auf und sagte: „…“
    (
        "before",
        "_before",
        rf"^(?P<pre>\s*|(?s:.*?)[,;]\s+\p{{Ll}}+\s+)(?P<spk>{_SPK})\s+\p{{Ll}}+\b[^„“»«:;,]*?"
        rf"\bund\s+(?P<cue>{_VERB}){_ADVERBIAL}\s*:\s*$",
    ),
    # a stance before a colon, indirect speech after it: Der Minister war zurückhaltender: Es
    # gebe „…“ / X ist anderer Meinung: Die Sanktionen würden „…“ / X reagierte empört: ...
    ("before", "_before", _STANCE_COLON),
    ("colon", "_before", rf"^(?P<pre>\s*(?:[►▶•■▪]\s*)?)(?P<spk>{_SPK_ANY})\s*(?P<cue>:)\s*$"),
    # a paper's name in quote marks, as in a press review: „Le Monde“: „…“ (also the next
    # voice after a quote: „…“ „Guardian“: „…“)
    (
        "colon",
        "_before",
        r"^(?P<pre>\s*(?:[►▶•■▪]\s*)?|(?s:.*)[“”\"»«]\s+)[„»\"]"
        r"(?P<spk>\p{Lu}[\p{L}\p{M}0-9.&'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}0-9.&'’-]*|de|la|le|"
        r"du|der|die|das|des|am|von|of|the|and|für|und)){0,5})[“«\"]\s*(?:\([^()]{1,30}\)\s*)?"
        r"(?P<cue>:)\s*$",
    ),
    # one of several voices in a row: X: „…“, Y: „…“ / X: „…“ – Y: „…“; a voice after a
    # dash in a headline: Finalsieg über Tomic – Thiem: „…“
    (
        "colon",
        "_before",
        rf"^(?P<pre>(?s:.*)(?:[“”\"»«‘’]\s*[,;–—-]|\s[–—]))\s+(?P<spk>{_SPK_ANY})\s*(?P<cue>:)\s*$",
    ),
    # a voice before a colon speaking in the first person, quote marks only around a part:
    # Kramp-Karrenbauer: Wir haben „historisch versagt“
    (
        "colon",
        "_before",
        rf"^(?P<pre>\s*)(?P<spk>{_SPK_ANY})\s*(?P<cue>:)\s+(?:Wir|Ich|Uns|Unser\w*|Mein\w*|Mir|Mich)\b"
        r"[^„“»«:\"]*$",
    ),
    # ... the name that ends a headline segment: – Als Nachfolger gehandelter Zidane: „…“
    (
        "colon",
        "_before",
        rf"^(?P<pre>(?s:.*)\s[–—]\s+[^„“»«:–—]{{1,60}}?\s)(?P<spk>{_NAMESEQ})\s*(?P<cue>:)\s*$",
    ),
    (
        "colon",
        "_before",
        rf"^(?P<pre>\s*|(?s:.*)\s[–—]\s+)(?P<spk>{_SPK_ANY})\s+(?:nach|vor|bei|beim|am|im|in|auf|"
        rf"gegenüber|zu|zum|zur|über)\s+(?:[^„“»«:,.;–—]|„[^„“:]{{1,30}}“){{1,50}}?\s*(?P<cue>:)\s*$",
    ),
    # ... or an adverb: Scholz dazu: „…“ / Lawrow knapp: „…“
    (
        "colon",
        "_before",
        rf"^(?P<pre>\s*|(?s:.*)\s[–—]\s+)(?P<spk>{_SPK_ANY})\s+(?:dazu|darauf|daraufhin|hierzu|"
        r"abschließend|weiter|knapp|lapidar|trocken|kurz|nur)\s*(?P<cue>:)\s*$",
    ),
    # ... or went further: "Der Botschafter, X, ging noch weiter: „…“"
    (
        "colon",
        "_before",
        rf"^(?P<pre>\s*|(?s:.*)[.!?]\s+)(?P<spk>{_SPK})\s+(?P<cue>ging|gingen|geht|gehen)\s+"
        r"(?:noch\s+|sogar\s+|dabei\s+|dann\s+)*(?:einen\s+Schritt\s+)?weiter\s*:\s*$",
    ),
    # the one who asks a question: "Auf die Frage eines Reporters, „…?“, antwortete X"; "X
    # wurde von Moderatorin Y gefragt: „…?“"
    (
        "colon",
        "_before",
        rf"^(?P<pre>(?s:.*)\b[Aa]uf\s+die\s+(?P<cue>Frage)\s+)"
        rf"(?P<spk>(?:eines|einer|des|der)\s+(?:{_ADJ}\s+)*{_NAMESEQ})\s*,?\s*$",
    ),
    (
        "colon",
        "_before",
        rf"^(?P<pre>(?s:.*)\bvon\s+)(?P<spk>{_SPK_ANY})\s+(?P<cue>gefragt)(?:\s+word(?:en|en\s+sein))?"
        r"\s*:\s*$",
    ),
    # ... or how plainly one spoke: "Lawrow wurde deutlicher: „…“", "Noch deutlicher wurde
    # der Minister: „…“"
    (
        "colon",
        "_before",
        rf"^(?P<pre>\s*|(?s:.*)[.!?]\s+)(?P<spk>{_SPK})\s+(?P<cue>wurde|wurden|wird|werden)\s+"
        rf"(?:noch\s+|etwas\s+|dann\s+|später\s+)*{_MORE_PLAINLY}\s*:\s*$",
    ),
    (
        "colon",
        "_before",
        rf"^(?P<pre>(?:\s*|(?s:.*)[.!?]\s+)(?:(?:Noch|Etwas|Viel)\s+{_PLAINLY}|{_PLAINLY_FIRST})\s+"
        rf"(?P<cue>wurde|wurden|wird|werden)\s+)(?P<spk>{_SPK})\s*:\s*$",
    ),
    # how someone sounded, before a colon: Anders klang der Anführer der Separatisten, X: „…“
    # (also a comparative: "Versöhnlicher klang X:")
    (
        "colon",
        "_before",
        r"^(?P<pre>(?:\s*|(?s:.*)[.!?]\s+)(?:(?:Ganz|Etwas|Noch|Viel)\s+)?"
        r"(?:Anders|Ähnlich|\p{Lu}\p{Ll}+er)\s+"
        rf"(?P<cue>klang|klangen|klingt|klingen|tönte|tönten|tönt)\s+)(?P<spk>{_SPK})\s*:\s*$",
    ),
    # (a paper with its name in quote marks: "laut der Zeitung „Koha Ditore“")
    (
        "laut",
        "_before",
        r"^(?P<pre>(?s:.*)\b(?P<cue>[Ll]aut)\s+)(?P<spk>(?:der|dem|des)\s+(?:\p{Ll}+e[nrs]?\s+)*"
        r"(?:\p{Lu}[\p{L}-]*?)?(?i:zeitung|agentur|sender|senders|magazin|magazins|blatt|blattes|portal|"
        r"portals)\s+„\p{Lu}[^„“]{0,40}“)",
    ),
    ("laut", "_before", _LAUT_SOURCE),
    # a pronoun as the source, taken up like "er" or "sie": Laut ihm produziert Russland „…“,
    # Ihr zufolge kaufen die Raffinerien „…“
    ("laut", "_before", r"^(?P<pre>(?s:.*)\b(?P<cue>[Ll]aut)\s+)(?P<spk>ihm|ihr)\b"),
    ("laut", "_before", r"^(?P<pre>(?s:.*?)\b)(?P<spk>[Ii]hm|[Ii]hr)\s+(?P<cue>zufolge)\b"),
    ("laut", "_after", rf"^(?P<pre>(?s:.*?)\b(?P<cue>laut)\s+)(?P<spk>(?:{_ADJ}\s+)*{_SPK_ANY})"),
    # a paper in quote marks: Laut „New York Times“ wurden „…“, laut der Zeitung „Kommersant“
    (
        "laut",
        "_before",
        r"^(?P<pre>(?s:.*)\b(?P<cue>[Ll]aut)\s+(?:(?:der|dem|des)\s+)?(?:\p{Lu}\p{Ll}+\s+)?)"
        r"(?P<spk>„[^„“]{1,60}“(?:-\p{L}+)?)",
    ),
    ("laut", "_before", _ZUFOLGE_SOURCE),
    ("laut", "_before", _NACH_SOURCE),
    ("laut", "_after", _ZUFOLGE_SOURCE),
    # (a paper in quote marks: Nach Informationen der „Bild“ plant die Nato eine „…“)
    (
        "laut",
        "_before",
        r"^(?P<pre>(?s:.*)\b(?P<cue>[Nn]ach)\s+(?:den\s+|der\s+|dem\s+)?(?:Angaben|"
        r"Informationen|Recherchen|Berichten|Darstellung|Einschätzung)\s+(?:der|des|von|vom)\s+"
        r"(?:\p{Lu}\p{Ll}+\s+)?)(?P<spk>„[^„“]{1,60}“(?:-\p{L}+)?)",
    ),
    # a law or document as the source at the start: Nach Artikel 65 des Grundgesetzes bestimmt
    # der Bundeskanzler „…“ / Gemäß dem Vertrag müssen „…“ (the document, up to the verb)
    (
        "laut",
        "_before",
        r"^(?P<pre>\s*(?P<cue>Nach|Gemäß)\s+)(?P<spk>(?:(?:dem|der)\s+)?(?:\p{Ll}+e[mnr]?\s+)*"
        r"(?:Artikel|Paragrafen?|Paragraphen?|Grundgesetz|Gesetz|Vertrag|Urteil|Beschluss|Abkommen|"
        r"Satzung|Verfassung|Charta|Resolution|Verordnung|Richtlinie)(?:\s+[0-9]+[a-z]?)?"
        r"(?:\s+(?:des|der|von|vom|zur|zum)\s+(?:\p{Ll}+e[nmrs]?\s+)*\p{Lu}[\p{L}\p{M}-]*)*)"
        # (a verb of what the document lays down, not one of saying: after "Nach dem Urteil
        # sprach sie von einem „…“" the verdict is a time, she the speaker)
        r"\s+(?:bestimmt|bestimmen|regelt|regeln|verlangt|verbietet|erlaubt|schreibt|sieht|"
        r"muss|müssen|musste|müssten|darf|dürfen|durfte|dürften|soll|sollen|sollte|sollten|"
        r"kann|können|konnte|könnten|ist|sind|war|waren|wäre|wären|gilt|gelten|galt|hat|haben|"
        r"hatte|hatten|wird|werden|wurde|wurden|würde|würden|steht|stehen|stand|obliegt|"
        r"bleibt|bleiben|liegt|handelt|fällt|fallen|gehört|gehören|zählt|zählen|braucht|"
        r"brauchen|droht|drohen)\b",
    ),
    # a name in the genitive before the noun: Nach Schäubles Idee soll „…“ (the phrase)
    (
        "laut",
        "_before",
        r"^(?P<pre>(?s:.*)\b(?P<cue>[Nn]ach)\s+)(?P<spk>\p{Lu}[\p{L}\p{M}-]*(?:s|'|’)\s+"
        r"(?:Ansicht|Auffassung|Meinung|Angaben|Einschätzung|Worten|Darstellung|Überzeugung|"
        r"Informationen|Idee|Plänen|Willen|Vorstellung|Lesart))\b",
    ),
    # a point of view: Aus Sicht Moskaus, aus Sicht der Regierung, aus Moskauer Sicht, aus
    # Putins Sicht
    (
        "laut",
        "_before",
        rf"^(?P<pre>(?s:.*)\b(?P<cue>[Aa]us)\s+(?:der\s+)?Sicht\s+"
        rf"(?:(?:des|der|von|vom|eines|einer)\s+)?)(?P<spk>(?:{_ADJ}\s+)*{_SPK_ANY})",
    ),
    (
        "laut",
        "_before",
        r"^(?P<pre>(?s:.*)\b(?P<cue>[Aa]us)\s+)(?P<spk>\p{Lu}\p{Ll}+(?:er|s))\s+Sicht\b",
    ),
    # ... and in someone's eyes: In den Augen des Kremls ist ..., in Putins Augen
    (
        "laut",
        "_before",
        rf"^(?P<pre>(?s:.*)\b[Ii]n\s+den\s+(?P<cue>Augen)\s+(?:(?:des|der|von|vom)\s+)?)"
        rf"(?P<spk>(?:{_ADJ}\s+)*{_SPK_ANY})",
    ),
    (
        "laut",
        "_before",
        r"^(?P<pre>(?s:.*)\b[Ii]n\s+)(?P<spk>\p{Lu}[\p{L}-]*(?:s|'|’))\s+(?P<cue>Augen)\b",
    ),
    # passive citation: „…“, wird X zitiert / X wird von der Zeitung mit den Worten zitiert: „…“
    # (a role's agent after "von" is the medium: „…“, wird der Botschafter von Interfax zitiert)
    (
        "after",
        "_after",
        rf"^(?P<pre>\s*,?\s*(?P<cue>wird|wurde)\s+)(?P<spk>{_ART}\s+(?:{_ADJ}\s+)*"
        r"\p{Lu}[\p{L}\p{M}-]*)\s+von\s+(?:(?:der|dem|den)\s+)?[^„“»«,.;:]{1,60}?\bzitiert\b",
    ),
    (
        "after",
        "_after",
        rf"^(?P<pre>\s*,?\s*(?P<cue>wird|wurde)\s+)(?P<spk>{_SPK})(?:[^„“»«]|„[^„“]{{1,60}}“)*?\bzitiert\b",
    ),
    # ... after the rest of the quote's clause: Die Allianz kehre zur „…“ zurück, wurde X zitiert
    (
        "after",
        "_after",
        rf"^(?P<pre>(?:\s+\p{{Ll}}+){{1,3}}\s*,\s*(?P<cue>wird|wurde)\s+)(?P<spk>{_SPK})"
        r"(?:[^„“»«]|„[^„“]{1,60}“)*?\bzitiert\b",
    ),
    (
        "before",
        "_before",
        rf"^(?P<pre>(?s:.*?)\b(?P<cue>wird|wurde)\s+)(?P<spk>{_SPK_ANY})(?:[^„“»«]|„[^„“]{{1,60}}“)*?\bzitiert\s*[:,]?\s*$",
    ),
    (
        "before",
        "_before",
        rf"^(?P<pre>(?s:.*?))\b(?P<spk>{_SPK})\s+(?P<cue>wird|wurde)\b(?:[^„“»«]|„[^„“]{{1,60}}“)*?\bzitiert"
        # (also with the words reported after a comma: X wird mit den Worten zitiert,
        # Russland sei „…“)
        rf"(?:\s*:|\s*,[^„“»«:;.!?]*)?\s*$",
    ),
    # perfect tense and hearsay: „…“, soll X gesagt haben / X hat ... erklärt: „…“
    (
        "after",
        "_after",
        rf"^(?P<pre>\s*,?\s*(?P<cue>{_AUX_SAY})\s+)(?P<spk>{_SPK})(?:\b|\s)[^„“»«]*?\b{_PARTICIPLE}",
    ),
    # a conclusion that reads: „…“, lautet das Fazit der Analyse / „…“ – so lautet die
    # Botschaft des Kremls / „…“, lautete die Antwort aus Moskau
    (
        "after",
        "_after",
        rf"^(?P<pre>\s*[,–—]\s*(?:so\s+)?(?P<cue>lautet|lautete|lauten|lauteten)\s+)"
        rf"(?P<spk>(?:{_ADJ}\s+)*{_SPK_ANY}{_FROM})",
    ),
    # (and one that is someone's: „…“, ist das Fazit von X / war die Botschaft des Kremls)
    (
        "after",
        "_after",
        r"^(?P<pre>\s*[,–—]\s*(?P<cue>ist|war)\s+)(?P<spk>(?:das|die|der|sein|seine|ihr|ihre)\s+"
        r"(?:\p{Ll}+e\s+)?(?:Fazit|Einschätzung|Bilanz|Botschaft|Urteil|Meinung|Überzeugung|Credo|"
        rf"Devise|Antwort|Kommentar)\s+(?:von|vom|des|der|aus)\s+(?:{_ADJ}\s+)*{_SPK_ANY})",
    ),
    # a certainty: „…“, ist sich der Leiter des Bereichs gegenüber „Politico“ sicher
    (
        "after",
        "_after",
        rf"^(?P<pre>\s*,\s*(?P<cue>ist|war|sind|waren|zeigte|zeigten|zeigt)\s+(?:sich\s+)?"
        rf"(?:(?:auch|dabei|nun|jedoch|aber|zudem)\s+)?)(?P<spk>{_SPK})(?:\b|\s)(?:[^„“»«.;]|„[^„“]+“)*?"
        r"\s(?:sicher|überzeugt|gewiss|einig)\b",
    ),
    # a source heard or read: „…“, war aus dem Ministerium zu hören
    (
        "after",
        "_after",
        rf"^(?P<pre>\s*,\s*(?P<cue>war|ist|waren|sind)\s+(?:\p{{Ll}}+\s+)?(?:aus|in|im|von|vom|bei|"
        rf"beim)\s+)(?P<spk>{_SPK_ANY})\s+zu\s+(?:hören|lesen|vernehmen|erfahren)\b",
    ),
    # ... and fronted: Aus dem Kreml war zu hören, man sehe „…“
    (
        "before",
        "_before",
        rf"^(?P<pre>\s*(?:Aus|In|Im|Von|Vom|Bei|Beim)\s+)(?P<spk>(?:{_ADJ}\s+)*{_SPK_ANY}{_FROM})\s+"
        rf"(?P<cue>war|ist|waren|sind)\s+(?:\p{{Ll}}+\s+){{0,2}}?zu\s+"
        rf"(?:hören|lesen|vernehmen|erfahren)\s*[,:]",
    ),
    # a question: „Wo ist meine Stimme?“, wollen die Demonstranten wissen
    (
        "after",
        "_after",
        rf"^(?P<pre>\s*,\s*(?P<cue>wollen|will|wollte|wollten)\s+)(?P<spk>{_SPK})(?:\b|\s)[^„“»«]*?\bwissen\b",
    ),
    # the rest of the quote's clause, then the attribution: „…“ sei, sagte X / „…“ sei,
    # hatte X damals gesagt
    (
        "after",
        "_after",
        rf"^(?P<pre>(?:\s+\p{{Ll}}+){{1,3}}\s*,\s*(?:so\s+)?(?P<cue>{_VERB})\s+)(?P<spk>{_SPK})",
    ),
    (
        "after",
        "_after",
        rf"^(?P<pre>(?:\s+\p{{Ll}}+){{1,3}}\s*,\s*(?P<cue>{_AUX_SAY})\s+)(?P<spk>{_SPK})(?:\b|\s)"
        rf"[^„“»«]*?\b{_PARTICIPLE}",
    ),
    # a quote in brackets after its speaker: ..., Mohammed ElBaradei („…“), ...
    ("colon", "_before", rf"^(?P<pre>(?s:.*?)[,;]\s+|\s*)(?P<spk>{_SPK_ANY})\s*(?P<cue>\()\s*$"),
    # a paper as the speaker: „…“, schrieb „Die Zeit“ / schreibt die „Computerwoche“
    (
        "after",
        "_after",
        rf"^(?P<pre>\s*,?\s*(?P<cue>{_VERB})\s+)"
        rf"(?P<spk>(?:{_ART_NOM}\s+)?(?:{_CAP}\s+)?(?:„[^„“]{{1,60}}“|\"[^\"]{{1,60}}\"|"
        rf"«[^«»]{{1,60}}»|»[^»«]{{1,60}}«))",
    ),
    # a trailing or inserted "so X": „…“ ausgefallen, so ein Sprecher / Doch sei es, so X, ein „…“
    (
        "laut",
        "_after",
        rf"^(?P<pre>[^„“»«]*?,\s+(?P<cue>so)\s+)(?P<spk>{_SPK})(?:\s+[^\s„“»«,.;:]+){{0,8}}\s*[.;]?\s*$",
    ),
    (
        "laut",
        "_before",
        rf"^(?P<pre>(?s:.*?),\s+(?P<cue>so)\s+)(?P<spk>{_SPK})(?:\b|\s)[^„“»«:]*?,",
    ),
    # what can be read in a document: „…“, so ist in seiner Stellungnahme zu lesen, „…“
    (
        "laut",
        "_after",
        r"^(?P<pre>\s*,?\s*(?:so\s+)?(?P<cue>ist|war)\s+(?:\p{Ll}+\s+)?(?:in|im)\s+)"
        rf"(?P<spk>(?:{_ADJ}\s+)*{_SPK_ANY})\s+zu\s+lesen\b",
    ),
    (
        "laut",
        "_before",
        r"^(?P<pre>(?s:.*?),\s+(?:so\s+)?(?P<cue>ist|war)\s+(?:\p{Ll}+\s+)?(?:in|im)\s+)"
        rf"(?P<spk>(?:{_ADJ}\s+)*{_SPK_ANY})\s+zu\s+lesen\s*,\s*$",
    ),
    # ... or in brackets: Die Nato sei „kein Gegner“ (so der Minister), sondern ...
    (
        "laut",
        "_after",
        rf"^(?P<pre>[^„“»«()!?]{{0,40}}?\(\s*(?P<cue>so|sagte|sagt|meinte|erklärte|laut)\s+)"
        rf"(?P<spk>{_SPK})\s*\)",
    ),
    # a source: ..., berichtete die Agentur unter Berufung auf Regierungskreise, „…“ (before
    # the agency of an inserted attribution: Wie Interfax unter Berufung auf X meldete, ...)
    (
        "laut",
        "_before",
        rf"^(?P<pre>(?s:.*?)\b[Uu]nter\s+(?P<cue>Berufung)\s+auf\s+)(?P<spk>(?:{_ADJ}\s+)*{_SPK_ANY})",
    ),
    (
        "laut",
        "_after",
        rf"^(?P<pre>(?s:.*?)\b[Uu]nter\s+(?P<cue>Berufung)\s+auf\s+)(?P<spk>(?:{_ADJ}\s+)*{_SPK_ANY})",
    ),
    # an inserted attribution: Wie der Minister am Dienstag erklärte, sei ... „…“
    (
        "laut",
        "_before",
        rf"^(?P<pre>(?s:.*?)\b(?:[Ww]ie|[Ww]ährend|[Nn]achdem)\s+)(?P<spk>{_SPK})(?:\b|\s)[^„“»«,:]*?\b"
        rf"(?P<cue>{_VERB}|mitteilte|mitteilten|zitiert\s+wird)\s*,",
    ),
    # ... also in the perfect, and after "zumal": zumal X immer wieder betont hatte, der
    # Angeklagte sei weder „…“ (not "nachdem X ... bestätigt hat": a time, not a source)
    (
        "laut",
        "_before",
        rf"^(?P<pre>(?s:.*?)\b(?:[Ww]ie|[Zz]umal)\s+)(?P<spk>{_SPK})(?:\b|\s)[^„“»«,:]*?\b"
        rf"(?P<cue>{_VERB}|{_PARTICIPLE})(?:\s+(?:hat|hatte|hatten|haben))?\s*,",
    ),
    (
        "laut",
        "_after",
        rf"^(?P<pre>(?s:.*?)\b[Ww]ie\s+)(?P<spk>{_SPK})(?:\b|\s)[^„“»«,:]*?\b(?P<cue>{_VERB}|mitteilte|"
        rf"mitteilten|zitiert\s+wird)\b",
    ),
    # a document as the source: „…“, heißt es in der Erklärung / In dem Antrag heißt es: „…“
    (
        "after",
        "_after",
        rf"^(?P<pre>\s*,?\s*(?:so\s+)?(?P<cue>(?:heißt|hieß)\s+es|verlautete|verlautet)"
        rf"(?:\s+\p{{Ll}}+){{0,2}}?(?:\s+am\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|"
        r"Sonntag|Wochenende|Abend|Morgen|Vormittag|Nachmittag))?"
        rf"\s+(?:in|im|auf|aus|von|vom|bei|beim|seitens)\s+)"
        rf"(?P<spk>{_QUOTED_NAME}|(?:{_ADJ}\s+)*{_SPK_ANY})",
    ),
    # ... after the quote too: „…“, heißt es im „Tagesspiegel“
    (
        "after",
        "_after",
        rf"^(?P<pre>\s*,?\s*(?P<cue>(?:heißt|hieß)\s+es)(?:\s+\p{{Ll}}+){{0,2}}?"
        rf"\s+(?:im|beim|vom)\s+)(?P<spk>{_QUOTED_NAME_BARE})",
    ),
    # ... a paper by its name in quote marks after "Im", the article in the preposition, its
    # city after it aside: Im „Tagesspiegel“ aus Berlin heißt es: „…“
    (
        "before",
        "_before",
        rf"^(?P<pre>(?s:.*?)\b(?:Im|im|Beim|beim|Vom|vom)\s+)(?P<spk>{_QUOTED_NAME_BARE})"
        r"(?:\s+aus\s+\p{Lu}[\p{L}-]+)?\s+(?P<cue>heißt\s+es|hieß\s+es)\b",
    ),
    (
        "before",
        "_before",
        rf"^(?P<pre>(?s:.*?)\b(?:In|Im|Auf|Aus|Von|Vom|Bei|Beim|Seitens|in|im|auf|aus|von|vom|"
        rf"bei|beim|seitens)\s+)"
        rf"(?P<spk>{_QUOTED_NAME}|(?:{_ADJ}\s+)*{_SPK_ANY}{_FROM}{_OWNER}"
        # (two owners in the genitive: "In einer Erklärung der Präsidenten des Europäischen
        # Rates und der EU-Kommission hieß es")
        rf"(?:\s+und\s+(?:der|des)\s+(?:{_ADJ}\s+)*\p{{Lu}}[\p{{L}}\p{{M}}-]*)?)"
        # (what the document answers: "In einer Antwort der Regierung auf eine Anfrage der
        # Grünen, die ..., heißt es")
        rf"(?:\s+(?:auf|zu)\s+(?:eine|einen|die|den|das)\s+(?:{_ADJ}\s+)*\p{{Lu}}[\p{{L}}-]*"
        rf"(?:\s+(?:der|des)\s+(?:{_ADJ}\s+)*\p{{Lu}}[\p{{L}}-]*)?)?"
        rf"(?:\s*,[^„“»«:]{{1,150}}?,)?\s+"
        rf"(?P<cue>heißt\s+es|hieß\s+es|hatte\s+es\s+geheißen|verlautete|verlautet)\b",
    ),
    # (any words between the article and the document's noun: "In dem 46 Seiten langen
    # Dokument heißt es:")
    (
        "before",
        "_before",
        r"^(?P<pre>(?:\s*|(?s:.*)[.!?]\s+)(?:In|Im)\s+)(?P<spk>(?:dem|der|einem|einer|den|seinem|"
        rf"seiner|ihrem|ihrer)\s+[^,„“»«:;.!?]{{1,60}}?{_DOCUMENT_NOUN})\s+"
        r"(?P<cue>heißt\s+es|hieß\s+es)\b",
    ),
    # ... and a document with a relative clause that quotes it: Die Delegierten verabschiedeten
    # eine Resolution, in der es heißt, die Region sehe sich einem „…“ ausgesetzt
    (
        "before",
        "_before",
        rf"^(?P<pre>(?s:.*?)\b)(?P<spk>{_ART}\s+(?:{_ADJ}\s+)*{_DOCUMENT_NOUN}"
        rf"(?:\s+(?:des|der|von|vom)\s+(?:{_ADJ}\s+)*{_NAMESEQ})?)\s*,\s*"
        r"(?P<cue>(?:in\s+de[rm]|worin)\s+es\s+(?:heißt|hieß))\b[^„“»«]*$",
    ),
    # by its own account: Russland hat nach eigenen Angaben „…“ erreicht / Nach eigenen Angaben
    # hat die Armee „…“ (the subject is the source)
    (
        "laut",
        "_before",
        rf"^(?P<pre>\s*(?:(?:Auch|Doch|Aber|Und|Zudem|Inzwischen)\s+)?)(?P<spk>{_SPK})\s+"
        rf"(?:\p{{Ll}}+\s+){{0,3}}?(?P<cue>{_OWN_ACCOUNT})\b",
    ),
    (
        "laut",
        "_before",
        rf"^(?P<pre>\s*(?P<cue>{_OWN_ACCOUNT_FIRST})\s+\p{{Ll}}+\s+)(?P<spk>{_SPK})\s",
    ),
    # what a document says: In der Erklärung steht: „…“ / Im Entwurf steht der Passus: „…“
    # (and what is written on a thing: Auf einem Plakat stand: „…“)
    (
        "before",
        "_before",
        rf"^(?P<pre>(?s:.*?)\b(?:In|Im|in|im|Auf|auf)\s+)(?P<spk>(?:{_ADJ}\s+)*{_SPK_ANY})\s+"
        r"(?P<cue>steht|stand|stehen|standen)\b[^„“»«]*:\s*$",
    ),
    (
        "before",
        "_before",
        rf"^(?P<pre>(?s:.*?)\b(?P<cue>steht|stand|stehen|standen)\s+(?:\p{{Ll}}+\s+){{0,3}}"
        rf"(?:in|im)\s+)(?P<spk>(?:{_ADJ}\s+)*{_SPK_ANY})[^„“»«]*:\s*$",
    ),
    # (after the quote, with a comma: „…“, steht in dem Artikel)
    (
        "after",
        "_after",
        rf"^(?P<pre>\s*,\s*(?:so\s+)?(?P<cue>steht|stand)(?:\s+(?:es|auch|weiter|wörtlich))?"
        rf"\s+(?:in|im)\s+)(?P<spk>(?:{_ADJ}\s+)*{_SPK_ANY})\s*(?:[.!?,;]|$)",
    ),
    # ... and on a thing named before: ein Zettel, auf dem geschrieben stand: „…“; Schilder,
    # auf denen zu lesen war: „…“ (the thing, with up to two words of its clause between)
    (
        "before",
        "_before",
        rf"^(?P<pre>(?s:.*?)\b)(?P<spk>(?:{_ART}\s+(?:{_ADJ}\s+)*)?\p{{Lu}}[\p{{L}}\p{{M}}-]+)"
        r"(?:\s+\p{Ll}+){0,2},\s+auf\s+(?:dem|der|denen)\s+(?:\p{Ll}+\s+){0,3}?"
        r"(?P<cue>steht|stand|stehen|standen|war|waren|ist|sind)\b[^„“»«,]*:\s*$",
    ),
    # Wie es aus Regierungskreisen in Kiew hieß, seien ... „…“ / „…“, wie es aus Kiew hieß
    (
        "before",
        "_before",
        rf"^(?P<pre>(?s:.*?)\b[Ww]ie\s+es\s+(?:\p{{Ll}}+\s+){{0,2}}?(?:in|im|aus|von|vom|beim)\s+)"
        rf"(?P<spk>(?:{_ADJ}\s+)*{_SPK_ANY}{_FROM})\s+(?P<cue>hieß|heißt|verlautete|verlautet)\b",
    ),
    # (also after the rest of the quote's clause: „…“ zu verüben, wie es in der Mitteilung heißt)
    (
        "after",
        "_after",
        rf"^(?P<pre>(?:\s+\p{{Ll}}+){{0,3}}?\s*,?\s*[Ww]ie\s+es\s+(?:\p{{Ll}}+\s+){{0,2}}?"
        r"(?:in|im|aus|von|vom|beim)\s+)"
        rf"(?P<spk>(?:{_ADJ}\s+)*{_SPK_ANY}{_FROM})\s+(?P<cue>hieß|heißt|verlautete|verlautet)\b",
    ),
    # So heißt es in dem Schreiben wörtlich: „…“ / „…“ erreicht werden, so heißt es in X
    (
        "before",
        "_before",
        rf"^(?P<pre>(?s:.*?)\b(?P<cue>heißt\s+es|hieß\s+es)(?:\s+\p{{Ll}}+){{0,2}}?\s+"
        # (also before indirect speech that quotes it: "Über X heißt es in einem Bericht der
        # Botschaft, er sei »eitel«")
        rf"(?:in|im|auf|aus|von|vom|beim)\s+)(?P<spk>{_SPK_ANY})[^„“»«]*?[:,](?:\s[^„“»«:;]*)?$",
    ),
    (
        "laut",
        "_after",
        rf"^(?P<pre>[^„“»«]*?,\s+(?:so\s+)?(?P<cue>(?:heißt|hieß)\s+es)(?:\s+\p{{Ll}}+){{0,2}}?\s+"
        rf"(?:in|im|auf|aus|von|vom|beim)\s+)(?P<spk>{_SPK_ANY})",
    ),
    # a text that reads: Der Text lautete: „…“
    (
        "colon",
        "_before",
        rf"^(?P<pre>(?s:.*?))\b(?P<spk>{_SPK_ANY})\s+(?P<cue>lautet|lautete|lauten|lauteten)\s*:\s*$",
    ),
    # an opinion: Für den Minister ist die Lage „alarmierend“
    (
        "laut",
        "_before",
        rf"^(?P<pre>\s*(?P<cue>Für)\s+)(?P<spk>{_SPK_ANY}{_FROM})\s+"
        rf"(?:ist|sind|war|waren|sei|seien|wäre|hält|hielt|gilt|galt|steht|stand|bleibt)\b",
    ),
    # the same after the verb: Die Erweiterung ist für den Kreml ein „historischer Fehler“ (not
    # in the subjunctive, someone's indirect speech: Der Westbalkan sei für Österreich „kein
    # fernes Krisengebiet“, after "Ministerin X betonte, ...")
    (
        "laut",
        "_before",
        rf"^(?P<pre>(?s:.*?)\b(?:ist|sind|war|waren|gilt|galt|bleibt|blieb)\s+"
        rf"(?P<cue>für)\s+)(?P<spk>{_SPK_ANY}{_FROM})(?:\s+\p{{Ll}}+){{0,3}}\s*$",
    ),
    # (and in a clause of its own: Was für Moskau eine „Friedensmission“ ist, ...)
    (
        "laut",
        "_before",
        rf"^(?P<pre>(?s:.*?)\b[Ww]as\s+(?P<cue>für)\s+)(?P<spk>{_SPK_ANY}{_FROM})"
        r"(?:\s+\p{Ll}+){0,3}\s*$",
    ),
    # a colon introduction with an apposition: X, Präsident des Rats der EU: „…“
    (
        "colon",
        "_before",
        rf"^(?P<pre>\s*)(?P<spk>{_SPK_ANY}),\s+[^„“»«:]{{3,150}}?,?\s*(?P<cue>:)\s*$",
    ),
    # the verb of saying that closes the sentence reports all of it: A wollten die „…“
    # ankündigen, sagte X. (X, not A, is the speaker; also before a list of where and to
    # whom: sagte X vor 250 Politikern, Offizieren und Experten; and past a short quote
    # after: Er habe ihr „…“ und sie „…“ getötet, führte die Staatsanwältin aus)
    (
        "after",
        "_after",
        r"^(?P<pre>(?:[^„“»«:;]|„[^„“]{1,80}“)*?,\s+(?:so\s+)?"
        rf"(?P<cue>{_VERB})\s+)(?P<spk>{_SPK})"
        r"(?:\s+[^„“»«,.;:!?]{1,60}(?:,\s+[^„“»«,.;:!?]{1,60}){0,3})?\s*[.!?]?\s*$",
    ),
    # ... also "lassen" with an infinitive of saying: Er habe „…“ und niemanden informiert,
    # ließ der Geschäftsmann (über seinen Anwalt) erklären
    (
        "after",
        "_after",
        r"^(?P<pre>(?:[^„“»«:;]|„[^„“]{1,80}“)*?,\s+(?P<cue>ließ|ließen|lässt|lassen)\s+)"
        rf"(?P<spk>{_SPK})"
        r"(?:\s+[^„“»«,.;:!?]{1,40}?)?\s+(?:erklären|mitteilen|verlauten|ausrichten)"
        r"\s*[.!?]?\s*$",
    ),
    # ... and a verb of going on or putting forward with its particle: Der Angeklagte habe ihr
    # „aufgelauert“ und sie getötet, trug Staatsanwältin X vor (fuhr X fort, hielt X entgegen)
    (
        "after",
        "_after",
        r"^(?P<pre>(?:[^„“»«:;]|„[^„“]{1,80}“)*?,\s+"
        r"(?P<cue>fuhr|fuhren|fährt|trug|trugen|trägt|hielt|hielten|hält)\s+)"
        rf"(?P<spk>{_SPK})(?:\s+[^\s„“»«,.;:]+){{0,3}}?\s+(?:fort|vor|entgegen|dagegen)"
        r"\s*[.!?]?\s*$",
    ),
    # (last) a speaker with an extended attribute, a participle in the nominative before the
    # role: „…“, sagte der in Moskau geborene Politologe X, der seit Jahren in Berlin lebende
    # X, der kürzlich in den Verwaltungsrat des ZDF gewählte Wissenschafter X, also two
    # joined by "und", "der in Kiew geborene und heute in London tätige Analyst X" (the role
    # and the name: the attribute is no part of a name)
    (
        "after",
        "_after",
        rf"^(?P<pre>\s*,?\s*(?P<cue>{_VERB})\s+(?:der|die|das|ein|eine)\s+"
        r"(?:[^\s,.;:!?„“»«()]+\s+){1,9}?\p{Ll}[\p{L}-]*(?:ene|ende|te|ige|iche|ische|"
        rf"ener|ender|ter|iger|icher|ischer)\s+)(?P<spk>{_NAMESEQ}{_APPOS})",
    ),
    # (... also before the quote: Dazu sagte der in Moskau geborene Politologe X: „…“)
    (
        "before",
        "_before",
        rf"^(?P<pre>(?s:.*?)\b(?P<cue>{_VERB})\s+(?:der|die|das|ein|eine)\s+"
        r"(?:[^\s,.;:!?„“»«()]+\s+){1,9}?\p{Ll}[\p{L}-]*(?:ene|ende|te|ige|iche|ische|"
        rf"ener|ender|ter|iger|icher|ischer)\s+)(?P<spk>{_NAMESEQ}{_APPOS})"
        r"[^„“»«.;!?]{0,60}?[:,]\s*$",
    ),
    # (an inserted source before a colon, as machine translation writes it: "Wie die
    # Sprecherin des Ministeriums, X, vor Journalisten sagte: „…“")
    (
        "before",
        "_before",
        rf"^(?P<pre>\s*Wie\s+)(?P<spk>{_SPK})\s+(?:[^,;:„“»«.!?]{{1,60}}\s)?"
        rf"(?P<cue>{_VERB}):\s*$",
    ),
]


#: Rules that find a speaker attached right after the quote, only a comma between („Nein“,
#: sagte er / „…“, hieß es in der Erklärung / „…“, soll er gesagt haben). They come first:
#: an attribution right after a quote beats one before it (X stellt sich vor Y: „…“ wird
#: der Franzose zitiert).
def _is_attached(rule: tuple[str, str, str]) -> bool:
    """A rule whose speaker follows the quote with at most a comma (or a dash) between."""
    return rule[1] == "_after" and rule[2].startswith((r"^(?P<pre>\s*,", r"^(?P<pre>\s*[,–—]"))


#: Sources named by a preposition anywhere in a sentence, for a chain of indirect speech
#: that goes on from it: "laut X", "nach Angaben X", "X zufolge" (see ``_RULES``).
_CHAIN_SOURCES = [
    (r"\b[Ll]aut\s", _LAUT_SOURCE),
    (r"\b[Nn]ach\s", _NACH_SOURCE),
    (r"\szufolge\b", _ZUFOLGE_SOURCE),
    # ... and the speaker of an attribution that closes the sentence: "Die Konferenz habe
    # gezeigt, dass ..., sagte der frühere Diplomat. Es fehle an Tempo. „…“"
    (
        r",\s",
        rf"^(?P<pre>(?s:.*),\s+(?:so\s+)?(?P<cue>{_VERB})\s+)(?P<spk>{_SPK})"
        r"(?:\s+[^„“»«,.;:!?]{1,60}(?:,\s+[^„“»«,.;:!?]{1,60}){0,3})?\s*[.!?]?\s*$",
    ),
]
_RULES = sorted(_RULES, key=lambda rule: not _is_attached(rule))
_STANCE_COLON_N = next(n for n, rule in enumerate(_RULES) if rule[2] == _STANCE_COLON)
#: A sentence that opens with a subordinate clause of saying: "Während X erklärte, ...".
_SAYING_CLAUSE_FIRST = _latin(
    rf"^\s*(?:Während|Nachdem|Wie|Als)\s+[^„“»«,:;]{{1,80}}?\s{_VERB}\s*,"
)
_ATTACHED = [n for n, rule in enumerate(_RULES) if _is_attached(rule)]
#: The sentence after a quote that takes it up: „…“ Das sagte X / Das musste X einräumen /
#: Damit reagierte X.
_TAKEN_UP = (
    # (also after a dash in the quote's sentence: „…“ – das sagte X, „…“ – davon ist X
    # überzeugt)
    rf"^(?P<pre>(?:[“”\"]?\s*[–—]\s*(?:das|dies|davon|damit)|[\s.!?“”\"]*(?:Das|Dies|So|"
    rf"Damit|Davon|Dessen|Da|Darin|Diese\s+Worte|Diesen\s+Satz|Diese\s+Sätze|Diese\s+Aussage|"
    rf"Dieses\s+Zitat|"
    rf",?\s*[Mm]it\s+(?:diese[mnrs]?|den|de[mr])\s+(?:Worten|Aussagen?|Satz|Sätzen|Äußerung(?:en)?|"
    rf"Bemerkung|Zitat)))"
    rf"\s+(?P<cue>\p{{Ll}}+)\s+(?:sich\s+|es\s+)?"
    # (an addressee in the plural may come first: "Dies sagte Reportern der Sprecher")
    rf"(?:auch\s+)?(?:jetzt\s+)?(?:(?:Reportern|Journalisten|Medienvertretern)\s+)?)"
    rf"(?P<spk>{_SPK})"
)
#: A day, a date or an occasion between a verb and its subject: "am Montag", "am
#: Dienstagabend", "am 3. Mai", "am Rande des Gipfels".
_ON_DAY = (
    r"(?:[Aa]m|[Vv]om)\s+(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|"
    r"Sonntag)"
    r"(?:abend|morgen|mittag|nachmittag|vormittag)?|Wochenende|Vortag|Vorabend|Abend|Morgen|"
    r"Mittag|Nachmittag|Vormittag|\d{1,2}\.\s+(?:Januar|Februar|März|April|Mai|Juni|Juli|"
    r"August|September|Oktober|November|Dezember)|Rande\s+(?:de[rs]|eine[rs])\s+"
    r"(?:\p{Ll}+e[nr]?\s+)?\p{Lu}[\p{L}-]+)"
)
#: ... and the one an agency quotes there: „…“ Mit diesen Worten zitierte die Agentur
#: Interfax den Generalstabschef X (the one quoted, not the agency).
#: The lead of the sentence after a quote in which someone quotes it, up to the quoting one's
#: name: "Mit diesen Worten zitierte die ".
_QUOTING_LEAD = (
    r"^(?P<pre>[\s.!?“”\"]*(?:,?\s*[Mm]it\s+(?:diese[mnrs]?|den)\s+(?:Worten|Sätzen)|So|Damit)\s+"
    r"(?P<cue>zitierte|zitierten|zitiert)\s+(?:die\s+|der\s+|das\s+)?"
)
_TAKEN_UP_QUOTED = (
    _QUOTING_LEAD + rf"(?:„[^„“]{{1,40}}“(?:-\p{{L}}+)?\s+|(?:{_CAP}\s+){{1,3}}?))"
    rf"(?P<spk>(?:den|die|einen|eine)\s+(?:{_ADJ}\s+)*{_NAMESEQ}{_APPOS})"
)
#: ... with the day between the agency and the one it quotes, who may have no article:
#: „…“ Mit diesen Worten zitierte die Agentur RIA Nowosti am Mittwochabend Ministerpräsident X.
_TAKEN_UP_QUOTED_ON_DAY = (
    _QUOTING_LEAD + rf"(?:„[^„“]{{1,40}}“(?:-\p{{L}}+)?|(?:{_CAP}\s+){{0,2}}{_CAP})\s+{_ON_DAY}\s+)"
    rf"(?P<spk>(?:(?:den|die|einen|eine)\s+(?:{_ADJ}\s+)*)?{_NAMESEQ}{_APPOS})"
)
#: "Mit diesen Worten" opening the sentence after a quote (see ``_TAKEN_UP``).
#: The cues of a reaction named before a quote ("Die Antwort aus Moskau kam prompt:").
_REACTION_CUES = ["antwort", "reaktion", "replik", "entgegnung", "erwiderung"]
_WITH_THESE_WORDS = (
    r"^[\s.!?“”\"]*,?\s*[Mm]it\s+(?:diese[mnrs]?|den|de[mr])\s+(?:Worten|Aussagen?|Satz|Sätzen|"
    r"Äußerung(?:en)?|Bemerkung|Zitat)\b"
)
#: A document named as the quote's source by the sentence after it: „…“ So heißt es in
#: einer Erklärung des Außenministeriums.
_DOCUMENT_AFTER = (
    r"^(?P<pre>[\s.!?“”\"]*(?:So|Das|Dies)\s+(?P<cue>(?:heißt|hieß|steht|stand)\s+es)"
    r"(?:\s+\p{Ll}+){0,2}?\s+(?:in|im)\s+)"
    rf"(?P<spk>(?:{_ADJ}\s+)*{_SPK_ANY})"
)
#: The start of a sentence after a quote that takes it up (see ``_TAKEN_UP``).
_TAKING_UP = r"^[\s.!?“”\"]*(?:Das|Dies|So)\s+\p{Ll}+"
#: ... with its subject first: „…“ Lawrow reagierte damit auf die Sanktionen.
_TAKEN_UP_AFTER = (
    rf"^(?P<pre>[\s.!?“”\"]*)(?P<spk>{_SPK})\s+(?P<cue>\p{{Ll}}+)\s+(?:(?:sich|auch|jetzt)\s+)*"
    r"(?:damit|so|mit\s+diesen\s+Worten)\b"
)
#: ... or with "das" or "dies" after its verb of saying: „…“ Scholz sagte das am Montag.
_TAKEN_UP_OBJECT = (
    rf"^(?P<pre>[\s.!?“”\"]*)(?P<spk>{_SPK})\s+(?P<cue>\p{{Ll}}+)\s+(?:(?:auch|bereits|schon)\s+)*"
    # (a pronoun, not an article: not „…“ Richter Meier kündigte das Urteil an)
    # (a time after it, not a noun: "sagte das Ende Mai", not "kommentierte das Ende des
    # Abkommens")
    r"(?:das|dies)(?:\s*[.,;:!?]|\s*$|\s+\p{Ll}|\s+(?:Anfang|Ende|Mitte)\s+(?:\p{Lu}|\d)|"
    r"\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Sonnabend)\b)"
)
#: ... or where the words come from: „…“ Diese Worte stammen von X / Das Zitat stammt von X.
_FROM_AFTER = (
    r"^(?P<pre>[\s.!?“”\"]*(?:Diese\s+Worte|Die(?:se)?\s+Aussagen?|Das\s+Zitat|Dieses\s+Zitat|"
    r"Dieser\s+Satz)\s+(?P<cue>stamm(?:t|en|te|ten))\s+(?:\p{Ll}+\s+)?(?:von|vom|aus\s+dem\s+Mund\s+"
    rf"(?:des|der|von))\s+)(?P<spk>(?:{_ADJ}\s+)*{_SPK_ANY})"
)
#: ... or whose view it holds: „…“ Diese Meinung vertritt X.
_VIEW_AFTER = (
    r"^(?P<pre>[\s.!?“”\"]*(?:Diese|Solche|Eine\s+solche)\s+(?:Meinung|Ansicht|Auffassung|"
    r"Position|Haltung|Einschätzung|Sichtweise)\s+(?P<cue>vertritt|vertrat|vertreten|vertraten)"
    rf"\s+(?:(?:auch|etwa|vor\s+allem|zum\s+Beispiel|jedenfalls)\s+)?)(?P<spk>{_SPK})"
)
#: The sentence after a quote that names whose words they were: „…“ Diese Worte des
#: Präsidenten gingen um die Welt / Von diesem Versprechen des damaligen Präsidenten X ist
#: wenig geblieben / Diese häufig X zugeschriebene Weisheit ...
_OWNED_AFTER = (
    r"^(?P<pre>[\s.!?“”\"]*(?:(?:Von|Mit|Bei|Nach|Trotz|Zu)\s+)?(?:[Dd]ies(?:e[mnrs]?)?|"
    r"[Ss]olche[mnrs]?)\s+(?:\p{Ll}+\s+){0,2}?"
    r"(?P<cue>Worte|Worten|Aussagen?|Äußerung(?:en)?|Versprechens?|Ankündigung(?:en)?|Zitats?|"
    r"Satz(?:es)?|Einschätzung|Warnung|Forderung|Drohung|Behauptung|Vorwurfs?|Bemerkung|Appells?)"
    rf"\s+(?:des|der|von|vom)\s+)(?P<spk>(?:{_ADJ}\s+)*{_SPK_ANY})"
)
_ASCRIBED_AFTER = (
    r"^(?P<pre>[\s.!?“”\"]*(?:[Dd]ies(?:e[mnrs]?)?|[Dd](?:er|ie|as))\s+(?:\p{Ll}+\s+){0,2}?"
    rf"(?:(?:dem|der)\s+(?:{_ADJ}\s+)*)?)(?P<spk>{_NAMESEQ})\s+(?P<cue>zugeschriebene[nm]?)\b"
)
#: The speaker in brackets right after a quote that opens its sentence: „…“ (Name).
_BRACKETED = rf"^(?P<pre>\s*(?P<cue>[(])\s*)(?P<spk>{_CAP}(?:\s+{_CAP}){{1,3}})\s*\)"
#: An inflected adjective by its suffix ("russische", "ehemalige", "staatliche",
#: "offizielle"); no past form of a verb ends so ("sagte", "musste", "reagierte").
_ADJECTIVE_FORM = (
    r"^\p{Ll}+(?:sch|ig|lich|er|al|iv|ell|ös|os|är|bar|sam|haft|los)(?:e|en|er|es|em)$"
)
#: Where the holders of a view open the sentence: "In Moskau", "Auch in den Medien".
_HELD_IN = r"\s*(?:(?:Auch|Doch|Aber|Und|Selbst|Vor\s+allem)\s+(?:in|im)|In|Im)\s+"
#: ... the holders: a place or a circle with the definite article or none ("Moskau", "den
#: Medien", "diplomatischen Kreisen"), or a document ("einem internen Schreiben an die
#: Mitarbeiter"; its author speaks, see ``_DOCUMENT``); no time or occasion ("der Nacht",
#: "einem Interview"; see ``_NOT_SPEAKER``).
_HOLDER = (
    rf"(?:(?:(?:der|den|dem)\s+(?:{_ADJ}\s+)*|\p{{Ll}}{{2,}}(?:isch|ig|lich|al|ell)en\s+)?"
    rf"{_NAMESEQ}{_FROM}|einem\s+(?:{_ADJ}\s+)*{_DOCUMENT_NOUN})"
)
#: ... a place or a body by its name, for "man" (In Moskau sieht man ..., Im Kreml ...).
_HELD_BY = rf"(?:(?:der|dem)\s+(?:{_ADJ}\s+)*)?{_NAMESEQ}"
#: ... a document's addressee after it: "an die Mitarbeiter".
_HOLDER_TO = (
    rf"(?:\s+an\s+(?:(?:der|die|den|dem|das)\s+)?(?:{_ADJ}\s+)*\p{{Lu}}[\p{{L}}\p{{M}}-]+)?"
)

#: Participles of a judgement in the passive: „…“ ... *bezeichnet*, *eingestuft*.
_JUDGED = (
    r"(?:bezeichnet|eingestuft|gewertet|bewertet|beurteilt|eingeschätzt|beschrieben|"
    r"charakterisiert|tituliert|kritisiert|verurteilt|gelobt|gefeiert|gewürdigt|angesehen|"
    r"betrachtet|gesehen|empfunden|abgelehnt|zurückgewiesen|begrüßt|genannt|abgetan|"
    r"gebrandmarkt|verspottet)"
)
#: A clause in the passive of a judgement (its subject is judged, not speaking): "Die Gruppe
#: wurde als „…“ bezeichnet", "... ist von Moskau als „…“ eingestuft worden".
_PASSIVE_JUDGEMENT = rf"\b{_JUDGED}(?:\s+worden)?\s*(?:[.;:!?,]|$)"
#: A quote inside an attribute before its noun: "die (von Moskau) als „…“ bezeichnete Gruppe".
_ATTRIBUTE_BEFORE = (
    r"(?:^|[\s(])(?:[Dd](?:ie|er|as|en|em|es)|[Ee]ine?[mnrs]?)\s+"
    r"(?:(?:von|vom)\s+[^,.;:!?„“»«]{1,40}?\s+)?als\s*$"
)
#: A speaker with a relative clause around the quote: Kritik kommt vom Verband IGEB, der die
#: Maßnahme als „…“ sieht; vom Bündnis X, das ... (not in the passive: Die Gruppe, die als „…“
#: bezeichnet wird, ...).
_RELATIVE_CLAUSE = (
    rf"^(?P<pre>(?s:.*?)\b)(?P<spk>{_SPK_ANY}),\s+(?:der|die|das|welche[rs]?)\s+"
    rf"[^„“»«,;:.!?{_HERE}]{{0,100}}{_HERE}[^,;:.!?{_HERE}]{{0,80}}?\b(?P<cue>{_VERB_WIDE})"
)
#: A relative clause of a subject, opened before the quote and still open at it: "Biden, der
#: die Nato als " (the quote then belongs to that clause; the word before the comma a noun or
#: a name: in "gefordert, das Gericht hatte" "das" is an article).
_RELATIVE_OPEN = r"\p{Lu}[\p{L}\p{M}.-]*\)?,\s+(?:der|die|das|welche[rs]?)\s+[^„“»«,;:.!?]*$"
_PASSIVE_RELATIVE = rf"{_HERE}[^,;:.!?]{{0,80}}?\b{_JUDGED}\s+(?:wird|wurde|werden|wurden|worden)\b"
#: ... and one whose relative pronoun is the object, a name its subject: Die Gespräche, die
#: Macron als „…“ bezeichnete (a person of the article, or after "den": Der Plan, den X ...).
_RELATIVE_OBJECT = (
    rf"^(?P<pre>(?s:.*?)\p{{L}},\s+(?:den|denen|die|das)\s+)(?P<spk>{_NAMESEQ}|er)\s+"
    rf"[^„“»«,;:.!?{_HERE}]{{0,100}}{_HERE}[^,;:.!?{_HERE}]{{0,80}}?\b(?P<cue>{_VERB_WIDE})"
)
#: Rules over the sentence around the quote (``_both``); groups ``pre``, ``spk``, ``cue``.
_CLAUSE_RULES: list[str] = [
    # a passive agent: Seine Werke werden von Musikkennern als „…“ bezeichnet
    rf"^(?P<pre>(?s:.*?)\b(?:[Vv]on|[Vv]om|[Ss]eitens)\s+)(?P<spk>(?:{_ADJ}\s+)*{_SPK_ANY})\s+"
    rf"als\s*{_HERE}[^.;:!?{_HERE}]{{0,80}}?\b(?P<cue>{_JUDGED})(?:e[nmrs]?)?\b",
    # ... also opening the sentence, and with no "als": Vom Kreml wird die Lieferung als „…“
    # bezeichnet, Von Kritikern wird er „…“ genannt
    rf"^(?P<pre>\s*(?:Von|Vom|Seitens)\s+)(?P<spk>(?:{_ADJ}\s+)*{_SPK_ANY})\s+"
    rf"(?:wird|wurde|werden|wurden)\s[^.;:!?„“»«{_HERE}]{{0,80}}?{_HERE}"
    rf"[^.;:!?{_HERE}]{{0,40}}?\b(?P<cue>{_JUDGED})\b",
    # a passive citation before reported speech: In einem Bericht der BBC wird Putin zitiert,
    # die Nato sei „…“
    rf"^(?P<pre>(?s:.*?)\b(?:wird|wurde)\s+)(?P<spk>{_SPK_ANY})\s+(?:mit\s+den\s+Worten\s+)?"
    rf"(?P<cue>zitiert)\s*,[^.;:!?{_HERE}]*{_HERE}",
    # a passive judgement whose holders open the sentence with "in": In Moskau wird die
    # Erweiterung als „…“ gesehen, In den Medien war der Auftrag als „…“ bezeichnet worden
    # (no indefinite article: In einem Interview wurde X als „…“ bezeichnet names no holder)
    rf"^(?P<pre>{_HELD_IN})(?P<spk>(?:(?:der|den|dem)\s+(?:{_ADJ}\s+)*|"
    rf"\p{{Ll}}{{2,}}(?:isch|ig|lich|al|ell)en\s+)?{_NAMESEQ}{_FROM})\s+"
    r"(?:wird|wurde|werden|wurden|war|waren)\s"
    rf"[^.;:!?„“»«{_HERE}]{{0,80}}?\bals\s*{_HERE}[^.;:!?{_HERE}]{{0,40}}?\b(?P<cue>{_JUDGED})\b",
    # ... and a document with its owner, also with an indefinite article: In einer Erklärung
    # des Kremls wird die Lieferung als „…“ verurteilt (the document: its owner speaks)
    rf"^(?P<pre>{_HELD_IN})(?P<spk>(?:einem|einer|dem|der|seinem|seiner|ihrem|ihrer)\s+"
    rf"(?:{_ADJ}\s+)*{_DOCUMENT_NOUN}\s+(?:des|der|von|vom)\s+(?:{_ADJ}\s+)*{_NAMESEQ})\s+"
    r"(?:wird|wurde|werden|wurden|war|waren)\s"
    rf"[^.;:!?„“»«{_HERE}]{{0,80}}?\bals\s*{_HERE}[^.;:!?{_HERE}]{{0,40}}?\b(?P<cue>{_JUDGED})\b",
    # talk held in a place, a circle or a document: In Moskau ist von „…“ die Rede, In einem
    # internen Schreiben an die Mitarbeiter war von einem „…“ die Rede (a document: its author)
    rf"^(?P<pre>{_HELD_IN})(?P<spk>{_HOLDER}){_HOLDER_TO}\s+(?:ist|war|wird|wurde)\s"
    rf"[^.;:!?„“»«{_HERE}]{{0,60}}?\bvon\s+(?:(?:einer|einem|einen|der|dem|den)\s+)?"
    rf"(?:{_ADJ}\s+)*{_HERE}[^.;:!?{_HERE}]{{0,60}}?\b(?P<cue>die\s+Rede)\b",
    rf"^(?P<pre>{_HELD_IN})(?P<spk>{_HOLDER}){_HOLDER_TO}\s+(?:ist|war|wird|wurde)\s+"
    r"(?:\p{Ll}+\s+){0,2}?(?P<cue>die\s+Rede)\s+von\s+(?:(?:einer|einem|einen|der|dem|den)\s+)?"
    rf"(?:{_ADJ}\s+)*{_HERE}",
    # speech in the passive with its agent: Es wurde von X die Vermutung geäußert, ... „…“
    rf"^(?P<pre>(?s:.*?)\b(?:wurde|wurden|wird|werden)\s+(?:[^„“»«:,{_HERE}]{{1,40}}?\s+)?von\s+)"
    rf"(?P<spk>{_SPK_ANY})\s+[^„“»«:{_HERE}]*?\b(?P<cue>geäußert|gefordert|erklärt|kritisiert|"
    rf"betont|behauptet|vorgeworfen|verkündet|angekündigt|bekräftigt)\b[^.;!?{_HERE}]*{_HERE}",
    # the subject of the quote's own clause: X nannte A „…“, Y bezeichnete B als „…“
    # (a relative clause in between is skipped)
    rf"^(?P<pre>(?s:.*?)[,;]\s+)(?P<spk>{_SPK})\s+(?P<cue>{_VERB_WIDE})(?:[^„“»«,;:.!?{_HERE}]|"
    rf",\s+(?:\p{{Ll}}+\s+)?(?:der|die|das|dem|den|denen|dessen|deren)\s+[^„“»«,;:.!?{_HERE}]+,)"
    rf"{{0,120}}?\bals\s*{_HERE}",
    _RELATIVE_OBJECT,
    _RELATIVE_CLAUSE,
    # the passive of quoting around the quote: X wird mit den Worten „…“ zitiert, in der
    # Zeitung wird X mit den Worten „…“ zitiert (the cue as in _GUARDS: only with "zitiert")
    rf"^(?P<pre>(?s:.*?)\b)(?P<spk>{_SPK})\s+(?P<cue>wird|wurde)\s+"
    rf"mit\s+[^„“»«,;:.!?{_HERE}]{{0,40}}{_HERE}\s*zitiert\b",
    rf"^(?P<pre>(?s:.*?)\b(?P<cue>wird|wurde)\s+)(?P<spk>{_SPK})\s+"
    rf"mit\s+[^„“»«,;:.!?{_HERE}]{{0,40}}{_HERE}\s*zitiert\b",
    # the words a verb and its subject after them introduce: Mit den Worten „…“ reagierte X
    rf"^(?P<pre>\s*(?:(?:Auch|Doch|Und)\s+)?[Mm]it\s+(?:(?:den|diesen|folgenden)\s+)?"
    rf"(?:\p{{Ll}}+en\s+)?Worten\s*{_HERE}\s*,?\s*(?P<cue>\p{{Ll}}+)\s+(?:sich\s+)?)(?P<spk>{_SPK})",
    # a speaker after the quote: Von „absichtlicher Täuschung“ sprechen Medienberichte
    rf"^(?P<pre>(?s:.*?)\b[Vv]on\s+(?:(?:einer|einem|einen|der|dem|den)\s+)?"
    rf"(?:„[^„“]{{1,60}}“\s+(?:oder|und)\s+)?{_HERE}"
    rf"[^.;:!?{_HERE}]{{0,60}}?\b(?P<cue>sprechen|sprach|sprachen|spricht|redet|reden|redete|"
    rf"redeten)\s+(?:(?:am|an|im|in)\s+\p{{Lu}}\p{{Ll}}+\s+|\p{{Ll}}+\s+){{0,3}}?)(?P<spk>{_SPK})",
]
_OPINION_NOUNS = (
    r"(?:Fazit|Meinung|Ansicht|Einschätzung|Bilanz|Urteil|Kommentar|Reaktion|Antwort|Appell|"
    r"Botschaft|Worte|Erklärung|Aussage|Kritik|Forderung|Warnung|Credo|Devise|Überzeugung|"
    r"Auffassung|Position|Haltung)"
)
#: ... with no verb: „…“ So die Einschätzung von X. / So das Fazit des Ministers.
_SO_AFTER = (
    r"^(?P<pre>[\s.!?“”\"]*(?P<cue>So)\s+(?:die|das|der)\s+(?:\p{Ll}+e\s+)?"
    rf"{_OPINION_NOUNS}\s+(?:von|vom|des|der)\s+)(?P<spk>(?:{_ADJ}\s+)*{_SPK_ANY})\s*[.!]?\s*$"
)
_CLAUSE_RULES.append(
    # Das Fazit von Sandra Boser überrascht nicht: „…“ (also: Die Botschaft aus Moskau ist klar)
    rf"^(?P<pre>(?s:.*?)\b(?P<cue>{_OPINION_NOUNS})\s+(?:von|vom|des|der|aus)\s+)"
    rf"(?P<spk>(?:{_ADJ}\s+)*{_SPK_ANY})[^„“»«{_HERE}]*:\s*{_HERE}"
)
_CLAUSE_RULES.append(
    # a name in the genitive before the noun, as the subject that opens the sentence (not an
    # object: verwundert über Hackers Forderung: „…“): Putins Botschaft war eindeutig: „…“
    rf"^(?P<pre>\s*(?:(?:Doch|Aber|Und|Auch)\s+)?)(?P<spk>\p{{Lu}}[\p{{L}}\p{{M}}-]*(?:s|’|')\s+"
    rf"(?P<cue>{_OPINION_NOUNS}))[^„“»«{_HERE}]*:\s*{_HERE}"
)
#: Nouns of a claim whose content follows after a comma (den Vorwurf der CDU, es handele
#: sich um einen „…“).
_CLAIM_NOUNS = (
    r"(?:Vorwurf|Vorwurfs|Vorwürfe|Vorwürfen|Behauptung|Sichtweise|Darstellung|Auffassung|"
    r"Ansicht|Einschätzung|Forderung|Warnung|Drohung|Ankündigung|Versicherung|Zusage|"
    r"Beteuerung|Argument|Einwand|Kritik|Aussage|Erklärung|Hinweis|Äußerung|Bemerkung|"
    r"Unterstellung|Anschuldigung|Anschuldigungen|Spekulation|Spekulationen|Vermutung|Bericht|"
    r"Berichte|Meldung|Meldungen)"
)
#: Participles of disputing a claim.
_DISPUTED = r"(?:zurückgewiesen|bestritten|dementiert|widersprochen)"
#: A claim that the subject disputes, with no owner named: its content up to the quote is no
#: word of the subject's (Peskow wies den Vorwurf zurück, Russland habe „…“ begangen).
_DISPUTED_CLAIM = _latin(
    r"\b(?:wies|weist|wiesen|weisen|bestritt|bestreitet|bestritten|bestreiten|dementierte|"
    r"dementiert|dementierten|dementieren|zurückgewiesen)\b[^„“»«:;.!?]*?\b(?:den|die|diese[nr]?|"
    r"alle)\s+(?:\p{Ll}+e[nr]?\s+)?(?:Vorwurf|Vorwürfe|Behauptung(?:en)?|Unterstellung(?:en)?|"
    r"Anschuldigung(?:en)?|Darstellung(?:en)?|Spekulation(?:en)?|Gerüchte?|Berichte?|"
    r"Vermutung(?:en)?)(?:\s+zurück)?\s*,(?:[^„“»«:;]|„[^„“]*“)*$"
    # (or its participle after it: hat die Berichte zurückgewiesen, ...)
    rf"|\b(?:{_CLAIM_NOUNS})\b[^„“»«:;.!?]*?\s{_DISPUTED}\s*,(?:[^„“»«:;]|„[^„“]*“)*$"
)
#: The content of a claim up to the quote: "den Vorwurf der CDU, es handele sich um".
_IN_CLAIM = _latin(
    # (the owner a noun phrase, no verb in it: "In der Ankündigung des Komitees heißt es,")
    rf"\b(?:{_CLAIM_NOUNS}\s+(?:(?:von|vom|des|der)\s+(?:\p{{Ll}}[\p{{L}}-]*(?:e|en|er|es)\s+)*"
    r"\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:der|des|von|vom|und|\p{Ll}[\p{L}-]*(?:e|en|er|es)|"
    r"\p{Lu}[\p{L}\p{M}.'’-]*|\([^()]{1,40}\)))*"
    # (another quote of the claim's may stand in it: der Vorwurf der CDU, es handele sich um
    # einen „…“, mit dem man die Bauherren „…“ wolle)
    rf"|\p{{Lu}}\p{{L}}*s)|\p{{Lu}}\p{{L}}*(?:s|'|’)\s+{_CLAIM_NOUNS}),"
    r"(?:[^„“»«:;]|„[^„“]*“)*$"
)
#: The content of a claim in a clause rule, up to the quote (see ``_IN_CLAIM``).
_CLAIM_CONTENT = rf"(?:[^„“»«:;{_HERE}]|„[^„“{_HERE}]*“)*{_HERE}"
#: The one whose claim it is: den Vorwurf der CDU, es handele sich um einen „…“; die
#: Sichtweise von X, wonach es „…“ geben werde (the claim's content up to the quote)
#: (also with the participle of disputing it: hat Berichte der Zeitung „…“ zurückgewiesen,
#: er sei „…“)
_CLAIM_OF = (
    rf"^(?P<pre>(?s:.*?)\b(?P<cue>{_CLAIM_NOUNS})\s+(?:von|vom|des|der)\s+)"
    rf"(?P<spk>{_QUOTED_NAME_BARE}|(?:{_ADJ}\s+)*{_SPK_ANY})(?:\s+{_DISPUTED})?,\s+"
    rf"{_CLAIM_CONTENT}"
)
_CLAUSE_RULES.append(_CLAIM_OF)
_CLAUSE_RULES.append(
    # a name in the genitive after the noun: die Forderung Moskaus, die Nato müsse „…“
    rf"^(?P<pre>(?s:.*?)\b(?P<cue>{_CLAIM_NOUNS})\s+)(?P<spk>\p{{Lu}}[\p{{L}}\p{{M}}-]*s),\s+"
    rf"{_CLAIM_CONTENT}"
)
_CLAUSE_RULES.append(
    # a name in the genitive before the noun: Moskaus Vorwurf, die Nato habe „…“
    rf"^(?P<pre>(?s:.*?)\b)(?P<spk>\p{{Lu}}[\p{{L}}\p{{M}}-]*(?:s|'|’)\s+"
    rf"(?P<cue>{_CLAIM_NOUNS})),\s+{_CLAIM_CONTENT}"
)
_CLAUSE_RULES.append(
    # the one who raises the claim: Kiew erhob den Vorwurf, Russland habe „…“ begangen
    rf"^(?P<pre>\s*{_OPENERS})(?P<spk>{_SPK})\s+(?P<cue>erhob|erhebt|erhoben|erheben|wiederholte|"
    r"wiederholt|wiederholten|bekräftigte|bekräftigt|äußerte|äußert|äußerten)\s+"
    r"(?:\p{Ll}+\s+){0,3}?(?:den|die|seine[n]?|ihre[n]?)\s+(?:\p{Ll}+e[nr]?\s+)?"
    rf"{_CLAIM_NOUNS}\s*,\s+{_CLAIM_CONTENT}"
)
#: Cues whose speaker may follow a preposition.
_PREP_CUES = [
    "laut",
    "Laut",
    "nach",
    "Nach",
    "heißt es",
    "hieß es",
    "hieß",
    "heißt",
    "steht",
    "stand",
    "stehen",
    "standen",
    "hatte es geheißen",
    "verlautete",
    "verlautet",
    "war",
    "ist",
    "waren",
    "sind",
    "Für",
    "für",
    "kam",
    "kamen",
    "kommt",
    "Berufung",
    "Aus",
    "aus",
    "Augen",
    "Frage",
    # (the agent of a question: "von Moderatorin X gefragt worden: „…?“")
    "gefragt",
    *_WORDS_OF,
]
#: Subjects: a speaker before a finite verb (lower case word), or after one (inversion).
#: Adverbs that may stand between a subject and its verb ("X immer wieder betont hatte").
_ADVERB = (
    r"(?:immer|wieder|erneut|bereits|schon|auch|noch|nun|jetzt|zuvor|ebenfalls|mehrfach|"
    r"mehrmals|stets|gestern|heute|damals|später|dann|zudem|außerdem|jedoch|aber|allerdings|"
    r"dagegen|hingegen|daraufhin|ausdrücklich|öffentlich|wiederholt|zuletzt|selbst|selber|"
    r"wiederum|seinerseits|ihrerseits|unterdessen|indes|ebenso|gleichfalls|"
    # (a focus after the subject: "Der Politologe X etwa hält die Debatte für „…“")
    r"etwa|beispielsweise|jedenfalls|insbesondere|zum\s+Beispiel|vor\s+allem)"
)
#: Strong verbs in the past and present (a finite verb that does not end in -t or -te).
_STRONG_FINITE = (
    "warb wirbt trat tritt kam kommt ging stand sah hielt zog zieht bat bittet las liest fand "
    "schloss schließt sprach riet rät lud lädt bot bietet wandte will nahm nimmt traten kamen "
    "gingen standen sahen hielten zogen baten lasen fanden sprachen boten wandten nahmen "
    "schlug schlägt schlugen ließ lässt ließen trug trägt trugen blieb bleibt blieben rief ruft "
    "riefen warf wirft warfen stieß stößt gab gibt gaben "
    # (and common verbs of sitting, leaving, winning ...: "Eine 71-jährige Frau, die ...
    # davonkam, saß in der dritten Reihe"; "Der Witwer, der ..., verließ den Saal")
    "saß sitzt saßen lag liegt lagen verließ verlässt verließen fuhr fährt fuhren flog fliegt "
    "flogen lief läuft liefen stieg steigt stiegen erhielt erhält erhielten gewann gewinnt "
    "gewannen verlor verliert verloren schwieg schweigt schwiegen half hilft halfen fiel fällt "
    "fielen hing hängt hingen verschwand verschwindet trank trinkt aß isst "
    # (and the passive's auxiliary: "Am Donnerstag wird Bundespräsident X in Y erwartet")
    "wird wurde "
    # (auxiliaries and modals in the subjunctive of indirect speech: Dabei habe X von „…“
    # gesprochen)
    "habe sei werde wolle solle müsse könne dürfe"
).split()
#: Modal verbs: a subject's verb only before an infinitive of saying or a colon (see
#: :func:`_subjects`: "Der Trainer musste zugeben: „…“", "Nach dem Spiel musste X einräumen").
_MODAL_FINITE = (
    "muss musste mussten müssen kann konnte konnten können soll sollte sollten sollen darf "
    "durfte durften dürfen will wollte wollten wollen möchte möchten mochte mochten"
).split()
#: Infinitives of saying at the end of a clause (with a particle: "zugeben", "einräumen").
_SAY_INFINITIVE = (
    rf"\p{{Ll}}*(?:{_alternatives(_SAY_STEMS)})e?n|(?:zu|an|bekannt|preis|wieder)geben|"
    r"\p{Ll}*(?:sprechen|schreiben|rufen|nennen|gestehen|verkünden|weisen|betonen|mahnen)"
)
_FINITE = (
    r"(?:"
    + f"{_SAY}|{_alternatives(_WIDE_EXTRA)}"
    + r"|\p{Ll}+(?:ten|te|t)|"
    + "|".join(_STRONG_FINITE + _MODAL_FINITE)
    + r")"
)
#: "man" in a place or a body of the actor lexicon that opens the sentence: In Moskau
#: sprach man von einer „…“, Im Kreml hält man die Vorschläge für „…“ (the place speaks:
#: its government; not a time or a medium: Im Sommer, Im Internet).
_MAN_IN = (
    rf"^(?P<pre>{_HELD_IN})(?P<spk>{_HELD_BY})\s+(?P<cue>{_FINITE})\s+"
    r"(?:(?:es|das|dies|sich)\s+)?man\b"
)
_MAN_IN_CLAUSE = rf"{_MAN_IN}[^.;:!?{_HERE}]{{0,80}}?{_HERE}"
_CLAUSE_RULES.append(_MAN_IN_CLAUSE)
# the subject is its own source, the quote in its clause: Die Bundesregierung beobachtet die
# Lage nach eigenen Angaben „sehr genau“ (before the verb, see _NACH_SOURCE)
_CLAUSE_RULES.append(
    rf"^(?P<pre>\s*{_OPENERS})(?P<spk>{_SPK})\s+\p{{Ll}}+\b[^.;:!?„“»«{_HERE}]*?\b"
    rf"(?P<cue>nach)\s+eigenen\s+(?:Angaben|Worten|Darstellung)\b[^.;:!?„“»«{_HERE}]*{_HERE}"
)
#: The verb first, the subject after it (Am Montag äußerte sich X, gab X bekannt).
#: A place or an occasion between a verb and its subject: "in Berlin", "im Bundestag", "vor
#: Journalisten", "auf einer Pressekonferenz", "bei einem Besuch" (not any thing: "postete auf
#: Instagram ein Video").
_OCCASION_NOUNS = (
    "pressekonferenz|konferenz|sitzung|kundgebung|veranstaltung|tagung|gipfel|treffen|besuch|"
    "auftritt|rede|interview|gespräch|debatte|erklärung|mitteilung|brief|schreiben|botschaft|"
    "ansprache|parteitag|empfang|bundestag|landtag|parlament|sendung|talkshow|zeremonie"
)
_AT_PLACE = (
    r"(?:(?:[Ii]n|[Ii]m|[Vv]or)\s+\p{Lu}[\p{L}-]+|"
    r"(?:[Ii]n|[Aa]uf|[Bb]ei|[Vv]or|[Nn]ach)\s+(?:einer|einem|der|dem|den)\s+"
    rf"(?:\p{{Ll}}+e[nmr]?\s+)?(?:\p{{Lu}}[\p{{L}}-]*)?(?i:{_OCCASION_NOUNS})|"
    rf"[Bb]eim\s+(?:\p{{Lu}}[\p{{L}}-]*)?(?i:{_OCCASION_NOUNS}))\b"
)
_VERB_FIRST = (
    # ("es" and "das auch" as objects first: "Genauso sieht es X", "So sieht das auch X")
    rf"(?P<lead>\b(?P<cue>{_FINITE})\s+(?:(?:sich|es)\s+|das\s+auch\s+)?"
    rf"(?:(?:auch|etwa|nun|jetzt|bereits|schon|noch\s+einmal|einmal|schließlich|dann|später|"
    rf"daraufhin|dagegen|wiederum|prompt|umgehend|"
    rf"ebenfalls|erneut|zudem|unterdessen|inzwischen|zuvor|gestern|heute|damals|"
    # (a day or a date: „…“, sagte am Montag X / am 3. Mai X / am Rande des Gipfels X)
    rf"{_ON_DAY}|"
    # (or a place or an occasion: sagte in Berlin X, erklärte auf einer Pressekonferenz X)
    rf"{_AT_PLACE})\s+){{0,2}}"
    # (an addressee may come first: "sagte der Agentur Interfax ein Offizier")
    # (also a plural with an adjective and no article: "stürmten wütende Demonstranten"; an
    # adjective by its ending, no verb in -te: "gewandt sagte Köhler")
    rf"{_ADDRESSEE}?)(?P<spk>{_SPK}|"
    r"(?:\p{Ll}{2,}(?:ende|ene|ige|ische|liche)|junge|alte)\s+\p{Lu}\p{Ll}+(?:en|er|e|n)\b)"
)
#: A quote taken up by the sentence after it (see ``_TAKEN_UP``) with a day or an adverb
#: first, its verb of saying before the subject and "das" after it: „…“ Am Montag
#: bekräftigte Scholz das noch einmal.
_TAKEN_UP_LATER = (
    rf"^(?P<pre>[\s.!?“”\"]*(?:{_ON_DAY}|Später|Danach|Zuvor|Bereits|Schon|Erneut|Dann|Gestern|"
    rf"Heute|Damals)\s+(?P<cue>\p{{Ll}}+)\s+)(?P<spk>{_SPK})\s+(?:(?:auch|bereits|schon)\s+)*"
    r"(?:das|dies)(?:\s*[.,;:!?]|\s*$|\s+\p{Ll})"
)
#: The subject of a perfect with an object first: X hat den Angriff als „…“ verurteilt (only
#: at the start of a sentence: after a quote, "der Stiftung Warentest hat" is a genitive).
_AUX_SUBJECT = (
    rf"^(?P<lead>\s*{_OPENERS})(?P<spk>{_SPK})\s+(?P<cue>hat|haben|hatte|hatten)\s+\p{{Ll}}"
)
#: A subject right before its verb anywhere in the text. In a main clause the verb is
#: second, so a dative or accusative article or a preposition earlier in the clause shows
#: that the span is no subject ("Den ... verbliebenen Flüchtlingen sicherte X zu", "In
#: einem ... Video sagte X"); a subordinate clause (dass, wie, weil ...) may hold them, and
#: a pronoun ("er versicherte") is a subject by its case.
_SUBJECT_VERB = rf"(?P<lead>\b)(?P<spk>{_SPK})(?:\s+{_ADVERB}){{0,3}}\s+(?P<cue>{_VERB_WIDE})"
_CLAUSE_TAIL = r"([^,;:(„“\"»«–—]*)$"
#: A modal or "werden" in a clause (see :func:`_infinitive_object`); group 1: the words
#: after it.
_MODAL_IN_CLAUSE = (
    rf"\b(?:{_alternatives(_MODAL_FINITE)}|wird|werden|würde|würden|wurde|wurden)\s+(.*)$"
)
#: ... where those words are adverbs or a day only: the noun phrase after them is the
#: subject ("Morgen will nun die Opposition fordern, ...").
_ONLY_ADVERBS = rf"^(?:(?:{_ADVERB}|{_ON_DAY})\s+)*$"
#: ... unless a subject opens the clause before it: an article, a quantifier or a pronoun
#: ("Die Opposition will nun Aufklärung fordern").
_SUBJECT_BEFORE_MODAL = (
    r"^\s*(?:[Dd](?:er|ie|as)|[Ee]ine?|[Jj]ede[rs]?|[Ee]r|[Ss]ie|[Ww]ir|[Ii]ch)\s"
)
#: Common finite verbs of a clause (see :func:`_subjects`: a clause before a closing
#: attribution, "Es gibt Hinweise auf X, Y und Z, sagt die Expertin.").
_COMMON_FINITE = (
    r"\b(?:ist|sind|war|waren|hat|haben|hatte|hatten|wird|werden|wurde|wurden|gibt|gab|kann|"
    r"können|konnte|muss|müssen|musste|soll|sollen|sollte|will|wollen|wollte|darf|dürfen)\b"
)
#: ... and a modal right after such a verb ("Akteneinsicht verlangen zu können").
_MODAL_AFTER_INFINITIVE = (
    r"^\s+(?:zu\s+)?(?:können|müssen|dürfen|wollen|sollen|werden|lassen|kann|muss|darf|will|"
    r"soll|wird|könne|müsse|dürfe|wolle|solle|werde|konnte|musste|durfte|wollte|sollte|würde)\b"
)
_SUBORDINATE = (
    r"^\s*(?i:dass|daß|weil|wie|als|nachdem|während|ob|wenn|da|obwohl|bevor|seit|sodass|"
    r"damit|indem|falls|sobald|solange|wobei|worauf|weshalb|warum)\s"
)
_SUBJECT_FIRST = (
    r"^\s*(?i:dass|daß|weil|nachdem|während|ob|wenn|da|obwohl|bevor|seit|sodass|damit|indem|"
    # (or a name: Nachdem Putin die Annexion verkündet hatte, sagte X)
    r"falls|sobald|solange)\s+(?:[Dd](?:er|ie|as)|[Ee]ine?|\p{Lu}[\p{L}\p{M}-]+)\s"
)
_OBLIQUE_IN_CLAUSE = (
    r"\b(?:[Dd]en|[Dd]em|[Ee]inem|[Ee]inen|[Ii]n|[Ii]m|[Aa]m|[Aa]n|[Aa]uf|[Bb]ei|[Bb]eim|[Vv]om|"
    r"[Vv]on|[Mm]it|[Nn]ach|[Vv]or|[Ff]ür|[Üü]ber|[Uu]nter|[Aa]us|[Zz]um|[Zz]ur|[Gg]egen|"
    r"[Dd]urch|[Oo]hne)\b"
)
#: The perfect in a main clause after "und", "aber", "doch" ...: *Die Opposition schwieg,
#: doch der Kanzler hat erklärt, die Lage sei „…“* (the participle is the cue; no headline
#: participle after a noun, see :func:`_subjects`).
_PERFECT_AFTER_CONJUNCTION = (
    rf"(?P<lead>[,;]\s+(?:und|aber|doch|sondern|denn|jedoch)\s+)(?P<spk>{_SPK})\s+"
    rf"(?:hat|hatte|haben|hatten)\s+(?:(?:[^,;:„“»«.!?]|„[^„“]{{1,40}}“){{0,60}}?\s)?"
    rf"(?P<cue>{_PARTICIPLE})"
    r"\s*(?:[,:]|$)"
)
_SUBJECT: list[str] = [
    # an opinion: X ist der Meinung, dass ... / X zeigte sich überzeugt, ... (also in a main
    # clause after another: Zwar sind 62 Prozent zufrieden, 37 Prozent sind der Auffassung)
    # (adverbs may stand between: "Das Ministerium dagegen geht davon aus")
    rf"^(?P<lead>\s*{_OPENERS}|[^„“»«:;,]*,\s+)(?P<spk>{_SHARE}|{_SPK})\s+(?:{_ADVERB}\s+){{0,2}}"
    r"(?P<cue>(?:ist|sind|war|waren|"
    r"zeigte\s+sich|"
    rf"zeigten\s+sich)\s+(?:{_ADVERB}\s+)?(?:der\s+(?:\p{{Ll}}+en\s+)?(?:Meinung|Ansicht|"
    rf"Auffassung|Überzeugung)|davon\s+überzeugt|überzeugt)"
    # X geht davon aus, dass ...
    rf"|(?:geht|ging|gehen|gingen)\s+(?:{_ADVERB}\s+)?davon\s+aus)",
    # a subject with a long apposition: Frank Biermann, Vorsitzender der DJU, sagte, es sei „…“
    # (an adverb may follow the subject: "Merkel hingegen, die ..., verteidigte")
    # (a name in apposition is part of the speaker: "Der Anführer der Separatisten, Wadim
    # Krasnoselski, der ...")
    rf"^(?P<lead>\s*{_OPENERS})(?P<spk>{_SPK_HEAD}"
    r"(?:,\s+\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,3})?)"
    # (or a relative clause right after it, which may hold a quote: "Der 65-Jährige, der ...
    # als „letzter Diktator Europas“ bezeichnet wird, sprach")
    # (a name in quote marks may close the apposition: "Reiner Braun, einer der Organisatoren
    # des Bündnisses „No to NATO“, warf")
    rf"(?:\s+{_ADVERB})?,\s+(?:[^„“»«:;]{{3,150}}?(?:„[^„“]{{1,40}}“)?|"
    r"(?:der|die|das|dessen|deren)\s+(?:[^„“»«:;,]|„[^„“]*“)+?),\s+"
    # (and the subject's name in apposition after its relative clause: "Der Gouverneur der
    # Provinz, der ..., Mohammad Omar, stellte"; see _NAME_AFTER_RELATIVE)
    r"(?:\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,3},\s+)?"
    # (a relative clause after the apposition: "Der Anführer der Separatisten, X, der seit 2016
    # ... steht, warf"; its words are no verb of the subject's: "seit")
    r"(?:(?:der|die|das|welche[rs]?)\s+[^„“»«:;,]{3,150}?,\s+)?"
    rf"(?:\p{{Ll}}+\s+){{0,2}}?(?:(?P<aux>ha[bt]e?)\s+)?(?P<cue>{_FINITE}|\p{{Ll}}+ten?|wurden?|war(?:en)?|sei|habe|werde)\b",
    # (adverbs may stand between: "Auch er selbst erkrankte:")
    rf"^(?P<lead>\s*{_OPENERS})(?P<spk>{_SHARE}|{_SPK})\s+(?:{_ADVERB}\s+){{0,2}}"
    r"(?:(?P<aux>ha[bt]e?)\s+)?"
    rf"(?P<cue>\p{{Ll}}+)",
    _AUX_SUBJECT,
    _VERB_FIRST,
    _SUBJECT_VERB,
    _PERFECT_AFTER_CONJUNCTION,
]
#: An auxiliary in the subjunctive right after a subject (adverbs aside): "X habe
#: lediglich", "X hätte", "X sei". ("haben" is also the indicative.)
_AUX_SUBJUNCTIVE = (
    r"^\s+(?:\p{Ll}+\s+){0,2}?(?:habe|hätte|hätten|sei|seien|wäre|wären|werde|würde|würden)\b"
)
#: The singular of the subjunctive of indirect speech, with "er" or "sie" its subject.
_SUBJUNCTIVE_SINGULAR = (
    "sei habe werde könne müsse solle wolle dürfe wisse hätte wäre würde"
).split()
_SUBJ_SG = "|".join(_SUBJUNCTIVE_SINGULAR)
#: The rest of a source before its main clause: up to a comma, "zufolge", or the source's
#: name in quote marks (*Laut einem Bericht von „Spiegel Online“ hat* X ...).
_SOURCE_REST = r"(?:[^,„“»«]*,|\s*zufolge|[^,„“»«]*„[^„“]{1,60}“)?"
#: The same search on the sentence before the quote.
#: After a source (*Wie Tass meldete,*, *Laut einem Bericht der BBC*, *Einem Bericht
#: zufolge*), a main clause that opens with a verb of saying and its subject: that subject
#: speaks (*, sprach Außenminister Lawrow von*, *sagte der Präsident*, *sagte er*).
_MAIN_CLAUSE_SPEAKER = (
    rf"^{_SOURCE_REST}\s*{_VERB}\s+(?:er|sie|(?:{_ART}\s+)?(?:{_ADJ}\s+)*"
    rf"\p{{Lu}}[\p{{L}}\p{{M}}.-]+(?:\s+\p{{Lu}}[\p{{L}}\p{{M}}.-]+)*)(?:\s+\p{{Ll}}|\s*[,„»])"
)
#: ... or a threat with "mit" (*Wie das Weiße Haus mitteilte, drohte Biden für den Fall einer
#: Eskalation mit „…“*).
_MAIN_CLAUSE_THREAT = (
    rf"^{_SOURCE_REST}\s*droh(?:te|ten|t|en)\s+(?:er|sie|(?:{_ART}\s+)?(?:{_ADJ}\s+)*"
    rf"\p{{Lu}}[\p{{L}}\p{{M}}.-]+(?:\s+\p{{Lu}}[\p{{L}}\p{{M}}.-]+)*)\s[^.;:!?„“»«]*?\bmit\s"
)
#: The same with an auxiliary first, a participle of saying later in the sentence (*Wie
#: Interfax meldete, habe Lawrow die Pläne als „…“ bezeichnet*, *Nach Angaben der Agentur hat
#: der Minister erklärt, ...*).
_MAIN_CLAUSE_AUX = (
    rf"^{_SOURCE_REST}\s*(?:hat|habe|hätte|hatte|haben|hätten|hatten|soll|sollen)\s+"
    rf"(?:{_ART}\s+)?(?:{_ADJ}\s+)*\p{{Lu}}[\p{{L}}\p{{M}}.-]+(?:\s+\p{{Lu}}[\p{{L}}\p{{M}}.-]+)*\s"
)
#: A participle of saying in the rest of a sentence (after the quote: up to its end).
_PARTICIPLE_IN_SENTENCE = rf"^[^.!?]*?\b{_PARTICIPLE_WIDE}\b"
#: After a quote, a verb of saying and its subject before an inserted source: "„…“, erklärte
#: das Ministerium, wie " (the source reports that attribution).
_SAID_AS_SOURCE = rf",\s*{_VERB}\s+[^„“»«:;.!?,]*,\s+[Ww]ie\s+$"
#: A verb of saying, its subject and a source right after it: "sagte laut der Agentur",
#: "sagte Gerassimow nach Angaben der Agentur" (the source is no speaker then).
_SAID_BY_SOURCE = (
    # (a threat too: "Generalstabschef X drohte nach Angaben der Agentur Interfax mit „…“")
    rf"\b(?:{_VERB}|drohte|drohten|droht)\s+(?:[^\s,;:„“»«]+\s+){{0,5}}?"
    # (also in a relative clause after the words: "betonte nach dem Gespräch, das nach
    # Angaben aus Delegationskreisen eine Stunde dauerte, ...")
    r"(?:[^\s,;:„“»«]+,\s+(?:das|die|der|den|dem|welche[rsmn]?)\s+)?"
    # (and the paper's noun before its name in quote marks: "sagte laut der Zeitung „…“")
    r"(?:[Ll]aut|[Nn]ach\s+(?:Angaben|Informationen|Darstellung|Berichten))\s+(?:\p{Ll}+\s+)?"
    r"(?:\p{Lu}\p{Ll}+\s+)?$"
)
#: A reputation before a quote: "gilt als", "galt schon damals als" (the indicative only:
#: "gelte als" reports someone's view).
_REPUTATION_BEFORE = (
    r"\b(?:gilt|galt|gelten|galten)\s+(?:[^„“»«,;:.!?]{0,40}\s)?als\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}$"
)
#: ... and after it, the quote after "als": "der als „…“ gilt", "die als „…“ Russlands galt".
_REPUTATION_AFTER = (
    r"^[^„“»«,;:.!?]{0,40}?\b(?:gilt|galt|gelten|galten"
    # (or a label in the passive with no one who gives it: "der im Westen oft als „…“
    # bezeichnet wird"; see ``_AGENT_BEFORE``)
    # (the singular: "betrachtet werden" may be an infinitive after a modal of reported
    # speech: "könnten als „…“ betrachtet werden")
    r"|(?:bezeichnet|betrachtet|gesehen)\s+(?:wird|wurde))\b"
)
#: The agent of a passive before "als": "von Kritikern als „…“ bezeichnet" (someone's label).
_AGENT_BEFORE = r"\b(?:von|vom|seitens)\s+[^„“»«,;:.!?]{0,60}\bals\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}$"
#: Verbs of reacting: before a quote standing as a sentence, their subject speaks it
#: ("Stoltenberg reagierte prompt. „…“").
_REACTED = ["reagierte", "reagiert", "reagierten", "reagieren", "antwortete", "konterte"]
#: "zeigen" shows, it says nothing when it takes a quote up: „…“ Das zeigt die Geschichte.
_SHOWS = ["zeigt", "zeigte", "zeigen", "zeigten"]
#: Verbs that dispute what they take up: its subject is no speaker of the quote before („…“
#: Das bestritt X / Das sieht X anders / Das wies X zurück).
_DISPUTES = r"^(?:bestr(?:eit|itt)|dementier|bezweifel|widersp?r[ai]ch|wies|weist|wiesen)\p{Ll}*$"
#: ... and "sehen" with "anders" (Das sieht X anders; but So sieht es X)
_SEES = ["sieht", "sah", "sehen", "sahen"]
#: Modal and auxiliary verbs before an infinitive or participle of saying: „…“ Das musste X
#: einräumen, Das hat X gesagt.
_MODAL = (
    "musste mussten muss müssen wollte wollten will wollen konnte konnten kann können sollte "
    "sollten soll sollen durfte darf ließ lässt hat hatte haben hatten wird wurde"
).split()
_PREVIOUS: list[str] = [
    _REACTION,
    _REACTION_FIRST,
    # a document: In dem Papier des Ministeriums heißt es, ...
    rf"^(?P<pre>(?s:.*?)\b(?:In|Im|Auf|in|im|auf)\s+)(?P<spk>{_SPK_ANY}{_OWNER})"
    rf"(?:\s*,[^„“»«:]{{1,150}}?,)?\s+(?P<cue>heißt\s+es|hieß\s+es)\b",
    rf"^(?P<pre>(?s:.*?))\b(?P<spk>{_SPK})\s+(?:ha[bt]e?\s+)?(?P<cue>{_VERB_WIDE})",
    # an objection: "X ließ das nicht gelten.", "X wollte das nicht auf sich sitzen lassen."
    rf"^(?P<pre>(?s:.*?))\b(?P<spk>{_SPK})\s+(?P<cue>ließ|lässt|ließen|lassen|wollte|mochte)\s+"
    r"(?:das|dies|es|(?:diese[ns]?|den|die)\s+\p{Lu}\p{Ll}+)\s+(?:so\s+)?nicht\s+"
    r"(?:gelten|auf\s+sich\s+sitzen|stehen)(?:\s+lassen)?\s*[.!]?\s*$",
    # a modal and an infinitive of saying at the end: "X wollte sich dazu nicht äußern.",
    # "X wollte keine Stellung nehmen."
    rf"^(?P<pre>(?s:.*?))\b(?P<spk>{_SPK})\s+(?P<cue>{_alternatives(_MODAL_FINITE)})\s"
    rf"[^.;:!?„“»«]*?\b(?:{_SAY_INFINITIVE}|Stellung\s+nehmen|Angaben\s+machen)\s*[.!]?\s*$",
    rf"^(?P<pre>(?s:.*?)\b(?P<cue>{_VERB_WIDE})\s+)(?P<spk>{_SPK})",
    # a source inserted with "wie" that closes the sentence, words between its subject and its
    # verb: "..., wie das Ministerium am Abend mitteilte. Die Lage sei „…“"
    rf"^(?P<pre>(?s:.*?),\s+wie\s+)(?P<spk>{_SPK})\s+(?:[^„“»«,.;:!?]{{1,60}}?\s)?"
    rf"(?P<cue>{_VERB_WIDE}|{_JOINED_SAY})\s*[.!]?\s*$",
    # "man" in a place or a body: In Moskau sieht man das anders. „…“
    _MAN_IN,
    # an opinion or a source: Nach Ansicht von X ist ... / Laut X ...
    rf"^(?P<pre>(?s:.*?)\b(?P<cue>[Nn]ach)\s+(?:Ansicht|Auffassung|Meinung|Einschätzung|"
    rf"Überzeugung|Worten|Angaben|Darstellung|Informationen)\s+(?:des|der|von|vom)\s+)"
    rf"(?P<spk>(?:{_ADJ}\s+)*{_SPK_ANY})",
    rf"^(?P<pre>(?s:.*?)\b(?P<cue>[Ll]aut)\s+)(?P<spk>{_SPK_ANY})",
    # ... or "X zufolge": Vize-Außenminister Rjabkow zufolge hat Russland ... angeboten.
    _ZUFOLGE_SOURCE,
    # "er" after a verb in the subjunctive of indirect speech: Nach eingehender Prüfung sei
    # er zu dem Schluss gekommen, ... („sie“ may be an object: habe sie gesehen)
    rf"^(?P<pre>(?s:.*?)\b(?P<cue>{_SUBJ_SG})\s+)(?P<spk>er)\b",
    # an inserted source: Doch sei es, so X in einem Blogeintrag, ein Haufen ...
    rf"^(?P<pre>(?s:.*?),\s+(?P<cue>so)\s+)(?P<spk>{_SPK})(?:\b|\s)(?:[^„“»«:]|„[^„“]+“)*?,",
    # ... or one that closes the sentence: Das sei dringend nötig, so X. „…“
    rf"^(?P<pre>(?s:.*?),\s+(?P<cue>so)\s+)(?P<spk>{_SPK})\s*[.!]?\s*$",
]
_PREPOSITION = (
    r"(?i:\b(?:in|im|am|an|auf|aus|bei|beim|mit|nach|vor|von|vom|zu|zum|zur|über|unter|für|gegen|"
    r"um|durch|seit|während|wegen|gegenüber|als|wie|ob|dass|daß|den|dem|des|einem|einen|einer|"
    r"anlässlich|angesichts|aufgrund|infolge|trotz|bezüglich|hinsichtlich|seitens|mittels|"
    r"innerhalb|außerhalb|zwischen|neben|hinter|ohne|gemäß|dank|binnen|"
    r"eines|seinem|seinen|seiner|seines|ihrem|ihren|ihrer|ihres|diesem|diesen|dieser|dieses|"
    r"unserem|unseren|unserer))(?:\s+\p{Ll}+){0,3}\s*$"
)
#: An extended attribute, a place before a participle, after the article and before the
#: role or name: no part of the speaker ("der in Moskau geborene Politologe X": the role and
#: the name; group 1: the role's or name's first letter).
_EXTENDED_ATTRIBUTE = (
    # (not an agent: "einer von Reuters zitierten Quelle" is the source's own phrase)
    r"^(?:[Dd](?:er|ie|as)|[Ee]ine?)\s+(?:in|im|aus|bei|seit|nach)\s+"
    r"(?:(?:dem|der|den)\s+)?(?:\p{Ll}[\p{L}\p{M}-]*en\s+)?\S+\s+"
    # (the participle and any adjectives after it: "die im Exil lebende belarussische
    # Oppositionsführerin X")
    r"(?:\p{Ll}[\p{L}-]*(?:e|en|er|es)\s+)+(\p{Lu})"
)
#: Adverbials made of a preposition and a word in lower case, before a verb that opens its
#: clause: "Unter anderem fordert X", "Vor allem kritisierte X".
_FIXED_ADVERBIAL = (
    r"(?:^|[.!?:;,]\s*)(?i:unter\s+anderem|unter\s+anderen|vor\s+allem|nach\s+wie\s+vor|"
    r"vor\s+kurzem|seit\s+langem|im\s+übrigen|zum\s+beispiel|im\s+gegenteil)(?:\s+\p{Ll}+)?\s*$"
)
#: "der" with adjectives in -en before a noun: dative or genitive, so the noun is no subject
#: ("Der englischsprachigen Zeitung sagte Filep Karma").
_OBLIQUE = r"(?:^|\s)[Dd]er(?:\s+(?:\p{Ll}|\d+-\p{Ll})[\p{L}\p{M}-]*en)+\s+$"
_PRONOUNS = ["er", "sie", "Er", "Sie"]
#: Forms of the second subjunctive of indirect speech that are no indicative
#: (see :func:`_speakers`: a thing or a crowd as their subject is said by someone else).
_SUBJUNCTIVE_II = (
    "stünde stünden gäbe gäben käme kämen läge lägen hieße wüsste wüssten müssten könnten "
    "dürften bräuchte bräuchten nähmen sähen täten fänden bekämen trüge trügen zöge zögen böte "
    "böten ginge bliebe ließe nähme sähe fiele spräche sprächen"
).split()
#: ... more of full verbs, which no indicative reads like (in ``_SUBJUNCTIVE`` too).
_SUBJUNCTIVE_II_FULL = (
    "verlöre verlören brächte brächten dächte dächten träfe träfen hielte riefe liefe stiege "
    "schriebe"
).split()
_SUBJUNCTIVE_II += _SUBJUNCTIVE_II_FULL
#: Finite verbs, besides those of saying (``_VERB_WIDE``), whose subject's words a short
#: quote of the sentence can be: auxiliaries, modals and the copula (the participle or the
#: predicate decides: "hatte den Bericht als „falsch“ zurückgewiesen", "ist gegen „…“"), and
#: verbs of judging, advising, thanking or taking a position ("riet zu „…“", "prangerte
#: „…“ an", "setzt auf „…“", "vertritt die These, ..."). A verb of doing is none: in "Der
#: Minister besuchte die „Frontstadt“ Charkiw" or "Putin unterzeichnete das Gesetz über
#: „ausländische Agenten“" the quoted words are the writer's label, a scare quote.
_CARRIES_WORDS = sorted(
    set(
        "hat hatte hatten haben habe hätte hätten wird wurde werden wurden würde würden ist war "
        "sind waren sei seien wäre wären bleibt blieb bleiben blieben muss musste mussten "
        "müssen kann konnte konnten können soll sollte sollten sollen darf durfte durften "
        "dürfen dürfte will wollte wollten wollen möchte möchten ließ lässt ließen lassen müsse "
        "könne solle wolle dürfe konstatiert konstatierte konstatierten riet rät rieten raten "
        "prangert prangerte prangerten prangern hält hielt halte halten hielten teilen teilt "
        "teilte teilten bescheinigt bescheinigen legt legte legten macht machte machten "
        "vertritt vertrat vertreten vertraten wirbt warb werben warben pocht pochte pochten "
        "pochen plädiert plädierte plädierten plädieren setzt setzte setzen setzten kam kommt "
        "kamen kommen zog zieht zogen ziehen dankt dankte dankten bedankt bedankte bedankten "
        "gratuliert gratulierte distanziert distanzierte distanzierten wandte wendet wandten "
        "nimmt nahm nahmen verabschiedete verabschiedeten beschwert beschwerte beschwerten "
        "protestiert protestierte protestierten wehrt wehrte wehrten zweifelt zweifelte "
        "zweifelten schätzt schätzte schätzten stuft stufte stuften befürwortet befürwortete "
        "befürworteten bittet bat baten wünscht wünschte wünschten reagierte reagiert "
        "reagierten antwortete konterte findet fand fanden finden spricht sprach sprechen "
        "sprachen feiert feierte feierten jubelt jubelte jubelten werfen weisen geben heben sehen "
        "glauben hoffen fürchten zeigen sichern lehnen drohen loben würdigen bekennen verweisen "
        "beschuldigen werten ortet ortete orten orteten".split()
    )
)
#: A main clause of its own after a comma, with an expletive or demonstrative subject and a
#: verb in the indicative, that holds a short quote: "Der Minister kam zu spät, es drohte das
#: „Chaos“" (the quote is not the minister's; "warnte, es drohe" is indirect speech).
_OWN_CLAUSE = (
    r",\s*(?:(?:und|aber|doch|denn|nun)\s+)?(?:es|das|dies|man)\s+"
    # (a verb not in -e, -i or -u, which indirect speech has: drohe, sei; or a past in -te)
    r"(?:\p{Ll}*[^eiu\W]|\p{Ll}+te|\p{Ll}+ten)\s[^,;:„“»«]*$"
)
#: ... unless the clause before it says or holds a view, whose content the clause is: "Der
#: Minister findet, das ist „Unsinn“", "ist überzeugt, es gibt „…“".
_VIEW_CLAUSE = (
    r"\b(?:findet|fand|finden|fanden|glaubt|glaubte|glauben|glaubten|meint|meinte|meinen|"
    r"meinten|denkt|dachte|hofft|hoffte|hoffen|fürchtet|fürchtete|befürchtet|befürchtete|"
    r"erwartet|erwartete|weiß|wusste|wissen|sicher|überzeugt|zuversichtlich|gewiss|hält|"
    r"hielt|halten|dagegen|Meinung|Ansicht|Auffassung|Überzeugung)\b"
)
#: A subject that opens its sentence with "war" or "ist" (see :func:`_speakers`).
_COPULA_SUBJECT = (
    rf"^(?P<pre>\s*)(?P<spk>{_SPK})"
    # (a relative clause may follow it: "Eine Anwohnerin, die mit ihrer Tochter im Viertel
    # lebt, war noch immer aufgewühlt.")
    r"(?:\s*,\s*(?:der|die|das|deren|dessen)\s[^„“»«,;:.!?]{1,80},)?\s+"
    # (also "bleibt": Lawrow bleibt skeptisch.)
    r"(?P<cue>war|ist|waren|sind|wird|wurde|werden|wurden|bleibt|blieb|bleiben|blieben)\b"
)
#: ... or whose reaction it gives: "Die Reaktion des Ministers fiel deutlich aus."
_REACTION_OF = (
    r"^(?P<pre>\s*(?:Die|Seine|Ihre)\s+(?:\p{Ll}+e\s+)?(?:Reaktion|Antwort|Replik|Kritik|"
    r"Einschätzung|Bilanz|Botschaft|Warnung|Stellungnahme)\s+"
    # (also a place or a body after "aus": Die Reaktion aus Moskau folgte prompt)
    r"(?P<cue>des|der|von|vom|aus(?:\s+(?:dem|der))?)\s+)"
    rf"(?P<spk>{_SPK_ANY})\s+(?:fiel|fällt|war|ist|kam|kommt|klang|klingt|folgte)\b"
)
#: A label before a colon that opens the sentence, the quote later in it (see
#: :func:`_speakers`): "Lawrow: Nato ist „…“".
#: A person whose view a sentence gives, opening it: "Bei Selenskyj klingt das anders",
#: "Für Selenskyj ist die Sache klar" (see :func:`_speakers`: before a quote of its own).
_VIEW_OF = (
    rf"^(?P<pre>\s*(?:(?:Auch|Doch|Aber|Und|Selbst)\s+)?(?P<cue>[Bb]ei|[Ff]ür)\s+)"
    rf"(?P<spk>(?:(?:den|dem)\s+(?:{_ADJ}\s+)*)?{_SPK})"
    r"\s+(?:ist|sind|war|waren|klingt|klang|klingen|klangen|sieht|sah|hört|hörte|liest|las)\b"
    # (one clause: not "Für X ist es unverständlich, dass Y ...", where Y may speak next)
    r"[^,;:]*$"
)
#: ... or a verbless sentence: "Ganz anders Selenskyj.", "Anders klang das bei Selenskyj.",
#: "Selenskyj dagegen."
_OTHERWISE = (
    r"^(?P<pre>\s*(?:(?:Ganz|Völlig|Etwas|Deutlich)\s+)?(?P<cue>[Aa]nders)\s+"
    r"(?:(?:sieht|sah|klingt|klang|sehen|sahen)\s+(?:es|das)\s+(?:auch\s+)?(?:bei\s+)?)?)"
    rf"(?P<spk>{_SPK})\s*[.:!]?\s*$"
)
#: States of mind ("besorgt", "enttäuscht"): someone's shows only in their words.
_MIND = (
    r"(?:unzufrieden|enttäuscht|empört|besorgt|gelassen|unbeeindruckt|zuversichtlich|skeptisch|"
    r"verärgert|erleichtert|optimistisch|pessimistisch|alarmiert|entsetzt|irritiert|zufrieden|"
    r"beunruhigt|verwundert|überrascht|erbost|wütend|schockiert|bestürzt|befremdet|erfreut|"
    r"dankbar|verstimmt)"
)
#: A state of mind that ends a sentence with a copula: "Die Opposition ist unzufrieden."
_STATE_OF_MIND = (
    r"\s(?:ist|war|sind|waren|bleibt|blieb|bleiben|blieben)\s+(?:\p{Ll}+\s+)?"
    rf"{_MIND}\s*[.!]?\s*$"
)
_CONTRASTED = (
    rf"^(?P<pre>\s*)(?P<spk>{_SPK})\s+"
    # (also waving it away: "Lawrow winkt ab.")
    r"(?P<cue>dagegen|hingegen|wiederum|(?:winkt|winkte|winken|winkten|wiegelt|wiegelte)\s+"
    r"(?:(?:dagegen|hingegen|jedoch|aber)\s+)?ab)\s*[.:!]?\s*$"
)
_LABEL = rf"^(?P<pre>\s*)(?P<spk>{_NAMESEQ})\s*(?P<cue>:)\s+[^„“»«:.!?]{{1,100}}$"
#: A name alone before a quote, the sentence's start (see :func:`_speakers`: a headline with
#: no verb, "Ban „beunruhigt“ über ...").
_NAME_ALONE = rf"^(?P<pre>\s*)(?P<spk>{_NAMESEQ})(?P<cue>\s+)$"
#: A state of mind or a stance, with an adverb of degree before it ("tief besorgt"): a
#: state's or a body's shows only in its words.
_STANCE = (
    r"^(?:(?:sehr|tief|zutiefst|äußerst|höchst|zunehmend|ernsthaft|schwer)\s+)?"
    rf"(?:{_MIND}|gesprächsbereit|verhandlungsbereit|bereit|entschlossen|offen)$"
)
#: An article or possessive before a noun ("den", "eine", "seinen", "ihr").
_THE = r"(?:[Dd](?:er|ie|as|en|em|es)|[Ee]ine?[nmr]?|[Ss]eine?[nmr]?|[Ii]hre?[nmr]?)"
#: A title named in the clause before a colon: "Den Namen der Fernsehsendung gab X bekannt:",
#: "(Überschrift auf der Seite:" (not "Im Namen der Regierung erklärte X:").
_TITLE_NAMED = (
    rf"(?:\b{_THE}\s+(?:\p{{Ll}}+\s+)?|\(\s*|^\s*)"
    r"(?:Namen|Titel|Arbeitstitel|Überschrift|Schlagzeile|Motto|Slogan|Aufschrift)\b"
)
#: A work named with its article in the clause before a colon: "stellte die neue CD vor:",
#: "ist ihr literarisches Erstwerk:" (``_WORK_SOURCE`` where it is the source instead).
_WORK = (
    r"(?:CD|DVD|Single|Serie|Stück|Werk|(?:\p{Lu}\p{Ll}*)?(?i:buch|roman|film|sendung|album|"
    r"lied|song|theaterstück|erstwerk|hauptwerk|spätwerk|frühwerk|oper|musical))\b"
)
_WORK_NAMED = rf"\b{_THE}\s+(?:\p{{Ll}}[\p{{L}}-]*\s+)*{_WORK}"
#: ... after a preposition the work is where the words are from: "In seinem Buch zieht X
#: Bilanz:".
_WORK_SOURCE = (
    rf"\b(?i:in|im|aus|nach|laut|von|vom|zu|zum)\s+(?:{_THE}\s+)?"
    rf"(?:\p{{Ll}}[\p{{L}}-]*\s+)*{_WORK}"
)
#: A document named as the speaker with no owner of its own, not as the subject ("in der
#: Erklärung", "dem Schreiben zufolge"): its author, named before, speaks. It is taken up
#: like a pronoun of any gender, written ``_ITS_AUTHOR`` meanwhile.
_DOCUMENT = (
    r"^(?:[Dd](?:er|ie|as|em|en|es)|[Dd]ies(?:e|er|es|em|en)|[Ee]ine[rm])\s+"
    rf"(?:\p{{Ll}}[\p{{L}}-]*(?:e|en|er|es)\s+)?{_DOCUMENT_NOUN}$"
)
#: A document as the subject speaks itself, as the gold annotation has it ("führt der
#: Bericht aus", "Die Erklärung warnt"): not taken up.
_DOCUMENT_SUBJECT = (
    r"^(?:[Dd]ie|[Dd]as|[Dd]iese|[Dd]ieses)\s|^(?:[Dd]er|[Dd]ieser)\s.*(?i:bericht|brief|beitrag|"
    r"tweet)$"
)
_ITS_AUTHOR = "es"
#: A document named with its owner, a name or a body in the genitive after it: "einem
#: vertraulichen Bericht der IAEA", "die Erklärung des Außenministeriums" (groups ``noun``,
#: the document's, and ``owner``).
_OWNED_DOCUMENT = (
    rf"\b(?P<noun>{_DOCUMENT_NOUN})\s+(?:des|der|von|vom)\s+"
    r"(?P<owner>\p{Lu}[\p{L}\p{M}-]*(?:\s+\p{Lu}[\p{L}\p{M}-]*){0,3})"
)
#: A document as a whole speaker, its article and adjectives before it ("dem am Donnerstag
#: verabschiedeten Kommuniqué"; not "ein Sprecher der Botschaft").
_A_DOCUMENT = (
    r"^(?:[Dd]\p{Ll}+|[Ee]ine[mnrs]?)\s+(?:(?:am|vom)\s+\p{Lu}\p{Ll}+\s+|[\p{Ll}\d][\p{L}\d.-]*\s+)*"
    rf"{_DOCUMENT_NOUN}$"
)
#: ... also with its author's genitive ("einer Erklärung des Generals"): no one "er" or "sie"
#: takes up (its author's "es" does).
_A_DOCUMENT_OF = (
    r"^(?:[Dd]\p{Ll}+|[Ee]ine[mnrs]?)\s+(?:(?:am|vom)\s+\p{Lu}\p{Ll}+\s+|[\p{Ll}\d][\p{L}\d.-]*\s+)*"
    rf"{_DOCUMENT_NOUN}\s+(?:des|der)\s+[^,]+$"
)
#: A pronoun right after the verb that opens its sentence: "Darin sagte er:", "Dann fügte sie
#: hinzu:".
_VERB_FIRST_PRONOUN = r"^\s*\p{Lu}\p{Ll}*\s+\p{Ll}+\s+(?:er|sie)\b"
#: "Darin heißt es: „…“", "„…“, hieß es dort": the document of the sentence before; a bare
#: "„…“, hieß es weiter." names no source either: the one the sentence before names.
_THEREIN_BEFORE = r"^\s*(?:Darin|Hierin|Dort)\s+(?P<cue>(?:heißt|hieß)\s+es)\b"
#: A passive judgement in the document before: "Darin wird Russland als „…“ bezeichnet".
_THEREIN_PASSIVE = r"^\s*(?:Darin|Hierin)\s+(?:wird|werden|wurde|wurden)\s[^„“»«.;:]*\bals\s*$"
_THEREIN_AFTER = (
    r"^[\s,]*(?P<cue>(?:heißt|hieß)\s+es)(?:\s+(?:darin|hierin|dort)\b|"
    r"(?:\s+(?:weiter|zudem|außerdem|dazu|ferner|auch|nur|lediglich|knapp|dann))*\s*[.;!]?\s*$)"
)
#: Capitalised words that start a span but are no speaker ("Am Montag sagte ...").
_NOT_SPEAKER = (
    r"^(?:Am|Im|In|Auf|Nach|Vor|Bei|Mit|Zu|Zum|Zur|Seit|Von|Vom|Für|Über|Unter|Aus|"
    # (a cause or a concession: "Trotz der Niederlage zeigte sich X zufrieden")
    r"Trotz|Wegen|Dank|Ohne|Gegen|Durch|Angesichts|Anlässlich|Aufgrund|Infolge|Ungeachtet|"
    # (a demonstrative with its noun only before a name: "Dieser Arzt, Antonio Noja, sagte")
    r"Dies\w*(?:\s+\p{Lu}[\p{L}\p{M}-]*)?$|Dies\w*\s+[^,]*$|"
    r"Es|Man|Wir|Ich|Du|Auch|Dann|Doch|Aber|Und|Oder|Denn|Als|Wie|Wenn|Da|Dort|Hier|"
    r"Heute|Gestern|Morgen|Jetzt|Nun|Damit|Dabei|Dazu|Daher|Deshalb|So|Seine[mnrs]|Ihre[mnrs]|"
    r"Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Januar|Februar|März|April|"
    r"Mai|Juni|Juli|August|September|Oktober|November|Dezember|Angaben|Medienberichten|"
    r"Berichten|Informationen|Weiter|Zwar|Bereits|Derzeit|Zudem|Außerdem|Allerdings|Trotzdem|"
    r"Inzwischen|Später|Bisher|Zuvor|Darüber|Darin|Dafür|Dagegen|Dadurch|Darum|Davon|Deswegen|"
    r"Laut|Nur|Noch|Schon|Immer|"
    r"Gleichzeitig|Zunächst|Schließlich|Erst|Zulässig|"
    # a quantifier alone (with a noun it is a speaker: "Viele Demonstranten")
    r"(?:Einige|Viele|Alle|Beide|Andere|Manche)$|"
    # a thing named before: "Letzteres sagte er nicht"
    r"(?:Letzteres|Ersteres)$|"
    # an object in the accusative: "Einen Zusammenhang bestritt X"
    r"(?:Einen|Keinen)\s+[^,]*$|"
    # an adverb of the manner of speaking: "Offiziell bekannte sich Kiew nicht dazu"
    r"(?:Offiziell|Inoffiziell|Öffentlich|Intern)$|"
    # a reaction with its adjective: "Heftige Kritik kam von X"
    r"\p{Lu}\p{Ll}+e[rs]?\s+(?:Kritik|Widerspruch|Lob|Zustimmung|Unterstützung|Protest|Proteste|"
    r"Warnung(?:en)?|Reaktion(?:en)?|Gegenwind|Rückendeckung)$|"
    # an adverb, not the first name (Anders Fogh Rasmussen): "Anders sieht das X"
    r"(?:Anders|Genauso|Ebenso|Umgekehrt)$|"
    # a participle that opens a sentence in the passive: "Angeführt wurde der Widerstand von
    # X", "Kritisiert wurde ..." (not one in Ge- alone, which many nouns open: Gericht, Gebiet)
    r"(?:Ab|An|Auf|Aus|Bei|Ein|Fest|Her|Hin|Mit|Nach|Vor|Weg|Zu|Zurück|Zusammen|Durch|Um|Über|"
    r"Unter|Wieder|Los|Frei|Bekannt|Hervor|Vorbei|Weiter|Dar)ge\p{Ll}{2,}t$|"
    r"\p{Lu}\p{Ll}{3,}iert$|"
    # a demonstrative object before the verb: "Das sieht der Minister anders"
    r"(?:Das|Dem|Den)$|"
    # a pronoun in the dative: "Ihm widersprach die Obfrau X:"
    r"(?:Ihm|Ihnen|Ihr|Uns|Mir|Dir|Euch)$|"
    # the ones spoken to, a plural in the dative: "Reportern sagte ein Beamter, ..."
    r"(?:Reportern|Journalistinnen|Medienvertretern|Pressevertretern|Zuhörern|Zuschauern|"
    r"Anhängern|Unterstützern|Besuchern|Teilnehmern|Mitgliedern|Wählern|Bürgern)$|"
    r"Daraufhin|Darauf|Hierauf|Anschließend|Danach|Dennoch|Indes|Indessen|Unterdessen|"
    r"Währenddessen|Ferner|Weiterhin|Jedoch|Stattdessen|Demnach|Demzufolge|Folglich|Ebenfalls|"
    r"Insbesondere|Vielmehr|Außerdem|Ebenso|Gerade|Selbst|Sogar|Offenbar|Offensichtlich|"
    r"Jede[rsmn]?|Keine?[rsmn]?|Niemand|Jemand|Wer|Was|Wem|Wen|Wessen|Welche[rsmn]?|"
    # (a question word: "Warum folgen Sie nicht ...")
    r"Warum|Wieso|Weshalb|Weswegen|Wozu|Wo|Wann|Woher|Wohin|Womit|Wodurch|Wofür|Worüber|"
    # an item of a list of things, not a person: "Zweites Beispiel:", "Erstes Vorurteil:",
    # "Erstere Alternative" (but "Erster Bürgermeister" is an office)
    r"(?:Erste|Zweite|Dritte|Vierte|Fünfte|Letzte|Nächste|Erstere|Letztere)[rs]?\s+"
    r"(?:Beispiel|Vorurteil|Punkt|Argument|Problem|Frage|Schritt|Fazit|Fall|Thema|Grund|"
    r"Einwand|Teil|Kapitel|Alternative|Möglichkeit|Variante|Option|Ergebnis|Aspekt|Kritikpunkt|"
    r"Forderung|Ziel|These|Lektion|Regel|Akt|Runde|Halbzeit|Satz)$|"
    # a pronoun after an article: "laut der Sie gesagt haben" (a relative pronoun)
    r"(?:[Dd](?:er|ie|as|en|em|es|enen))\s+(?:Sie|Er|Es|Ihr|Wir|Ich|Du)$|"
    # a case or a respect, no document: "In diesem Fall heißt es nicht „…“"
    r"(?:[Dd]iese[mnrs]?|[Jj]ene[mnrs]?|[Dd]em|[Ee]inem|[Jj]edem|[Kk]einem|[Ss]olchem)\s+"
    r"(?:\p{Ll}+e[mnrs]?\s+)*(?:Fall|Falle|Sinne|Zusammenhang|Moment|Augenblick|Kontext|"
    r"Rahmen)$|"
    # a language, not a source: "Im Englischen heißt es „quagmire“"
    r"(?:Englisch|Deutsch|\p{Lu}\p{Ll}+isch)en$|"
    # words found: "Klare Worte fand X"
    r"(?:\p{Lu}\p{Ll}+e\s+)?Worte\b|"
    # a feeling that opens the sentence: "Besorgt äußerte sich auch X"
    r"Besorgt|Erfreut|Enttäuscht|Überrascht|Empört|Erleichtert|Zufrieden|Skeptisch|Kritisch|"
    r"Optimistisch|Zuversichtlich|Gelassen|Verärgert|Entsetzt|Schockiert|Betroffen|Bestürzt|"
    r"(?:Woche|Wochen|Jahr|Jahre|Monat|Monate|Tag|Tage|Abend|Nacht|Zeit|Mal)$|"
    # (also with its article: "In der Nacht wurde X als „…“ bezeichnet")
    r"(?:[Dd](?:er|ie|as|en|em|es)|[Ee]ine?[mnrs]?)\s+(?:\p{Ll}+e[mnrs]?\s+)*(?:Woche|Wochen|"
    r"Jahr|Jahre|Jahren|Monat|Monate|Monaten|Tag|Tage|Tagen|Abend|Nacht|Zeit|Vergangenheit|"
    r"Zukunft|Folge|Regel|Praxis|Tat|Mal)$|"
    # a unit of a quantity: "die Siegprämie von 125.000 Pfund sicherte"
    r"(?:Euro|Dollar|Pfund|Franken|Rubel|Prozent|Meter|Kilometer|Tonnen|Millionen|Milliarden|"
    r"Punkte|Stunden|Minuten|Sekunden)$|"
    r"Einst|Damals|Zugegeben|Also|Früher|Zuletzt|Kürzlich|Neulich|Bald|Oft|Häufig|Meist|Meistens|Manchmal|"
    r"Stets|Niemals|Nie|Wieder|Erneut|Abschließend|Ergänzend|Ausdrücklich|Lediglich|Wohl|"
    r"Zugleich|Hingegen|Wiederum|Überdies|Zusätzlich|Abermals|Daneben|Ansonsten|Sodann|"
    r"Vermutlich|Möglicherweise|Wahrscheinlich|Tatsächlich|Eigentlich|Natürlich|Sicher|"
    r"Bislang|Mittlerweile|Seither|Seitdem|Vorher|Nachher|Gestern|Vorgestern|Übermorgen|"
    r"Kritik|Ziel|Grund|Frage|Antwort|Thema|Ende|Anfang|Beginn|Mitte)\b|"
    # an adverb of a side: "Seinerseits erklärte der Außenminister X", "Andererseits"
    r"\p{Lu}\p{Ll}+seits$|"
    # a reaction that opens the sentence: "Unterstützung erhielt Scholz von Macron:"
    r"(?:Unterstützung|Lob|Zustimmung|Widerspruch|Rückendeckung|Beifall|Applaus|Gegenwind)$|"
    r"^(?:[Dd](?:er|ie|as|en|em|es)|[Ee]ine?[mnrs]?)$|^Das\s+(?:\p{Ll}+\s+)*\p{Ll}+$|"
    # a reaction named by itself, not by whom: "Die Antwort kam prompt: „…“" (but "Die
    # Antwort aus Moskau", "Die Reaktion des Kremls" name a speaker)
    # (not "Die Kritik": German Wikinews annotates a criticism as the speaker of its words)
    r"^(?:[Dd](?:ie|er)|[Ee]ine?)\s+(?:\p{Ll}+e[nrs]?\s+)*(?:Antwort|Reaktion(?:en)?|Replik|"
    r"Entgegnung|Erwiderung)$|"
    # an event where something was said: "„…“, hieß es auf einer Pressekonferenz in Kiew"
    r"^(?:(?:[Dd](?:er|ie|as|en|em|es)|[Ee]ine?[mnrs]?)\s+)?(?:\p{Ll}+e[mnrs]?\s+)*(?:"
    r"Pressekonferenz|Pressebriefing|Briefing|Sitzung|Konferenz|Tagung|Veranstaltung|"
    r"Versammlung|Kundgebung|Debatte|Anhörung|Fragestunde|Vorstellung|Präsentation|Treffen|"
    r"Gipfel|Gipfeltreffen|Auftakt)(?:\s+(?:in|im|am|vor|der|des|von|vom|mit)\s+[^,]*)?$|"
    # an article before a place: "Das in München vorgestellte Modell"
    r"^(?:[Dd](?:er|ie|as|en|em|es)|[Ee]ine?[mnrs]?)\s+(?:in|im|aus|von|vom|bei|beim|am|an|auf)\s|"
    r"^(?:Hatte|Habe|Hat|Wird|Wurde|Ist|War|Sind|Waren|Kann|Muss|Soll|Darf|Gibt|Gab)\b|"
    r"^\p{Lu}\p{Ll}+(?:end|erweise)\b|^(?:Ähnlich|Besonders|Unmissverständlich|Ebenso|Ebenfalls|"
    r"Wörtlich|Deutlich|Gegenüber|Angesichts|Anlässlich|Passend|"
    # a degree before the feeling that opens the sentence: "Sichtlich bewegt nahm X den Preis
    # entgegen", "Hörbar genervt reagierte X" (no surnames among them)
    r"Sichtlich|Hörbar|Merklich|Spürbar|Sichtbar|Erkennbar|Offenkundig|Zutiefst|Äußerst|"
    r"Höchst|Ziemlich|Gerührt|Bewegt|Ungewohnt)\b"
)
_LEADING_JUNK = (
    r"^(?:(?:Auch|Dann|Doch|Aber|Und|Oder|Heute|Gestern|Jetzt|Nun|Dazu|Dabei|Daher|Deshalb|"
    r"Zudem|Außerdem|Allerdings|Inzwischen|Später|Zuvor|Schließlich)\s+)"
)
#: An opening quote mark not closed at the end of a text (see :func:`_subjects`): after a
#: space or the start, before a letter or at the end (right before the span looked at: „KFOR
#: hält Wort“), with no mark after it.
_OPEN_QUOTE_BEFORE = r"(?:^|[\s(\[–—-])[„»«\"‚›‹](?:\p{L}[^„“”»«\"‚‘›‹]*)?$"
#: ... and the first mark of a text that closes a quote: after a letter, a digit or a mark
#: that ends a sentence.
_CLOSING_FIRST = r"^(?:[^„“”»«\"]*[\p{L}\p{N}.,!?…)])?[“”»«\"]"
#: A span that starts with a preposition is no speaker ("In der ARD", "Am Montag").
_PREP_START = (
    r"^(?:Am|Im|In|Ins|Auf|Nach|Vor|Bei|Beim|Mit|Zu|Zum|Zur|Seit|Von|Vom|Für|Über|Unter|Aus|"
    r"Gegenüber|Während|Wegen|Trotz|Durch|Gegen|Ohne|Um|An|Bis|Neben|Zwischen|Hinter|Innerhalb|"
    r"Außerhalb|Angesichts|Laut|Nachdem|Als|Wie|Wenn|Weil|Da|Ob|Dass)(?:\s|$)"
)


#: A sentence that opens with a preposition (no conjunction: "Nach Ministeriumsangaben
#: haben ...", "Bei Razzien durchsuchten ...").
_PREPOSITION_FIRST = (
    r"^\s*(?:Am|Im|In|Auf|Nach|Vor|Bei|Beim|Mit|Zum|Zur|Seit|Von|Vom|Für|Über|Unter|Aus|"
    r"Während|Wegen|Trotz|Durch|Gegen|Ohne|Bis|Neben|Zwischen|Innerhalb|Außerhalb|Angesichts)\s"
)


@cache
def _adverbs() -> pl.Series:
    """The adverbs of textblob-de's lexicon, in lower case (*neuerdings*, *anscheinend*)."""
    tags = word_tags()
    return tags.filter(pl.col("tag") == "ADV").get_column("form").str.to_lowercase().unique()


def _may_speak(spk: pl.Expr, cleaned: pl.Expr) -> pl.Expr:
    """A span that may be a speaker: no preposition or adverb first, unless a particle name."""
    particle = cleaned.str.contains(f"^{_PARTICLE_NAMES}")
    # a time after the article is no place: "einer am Montag veröffentlichten Erklärung"
    # (the letter classes narrowed, see _latin: these two compile at each call, five times
    # faster so)
    timed = cleaned.str.contains(_latin(rf"^{_ART}\s+{_WHEN}\s+{_ADJ}\s"))
    # ... nor a place before a person's name: "Der aus Usbekistan stammende Sherzod Tursunov"
    # (but "Das in München vorgestellte Modell" is a thing)
    timed = timed | cleaned.str.contains(
        _latin(
            rf"^(?:[Dd](?:er|ie)|[Ee]ine?)\s+(?:in|im|aus|bei|von|vom)\s+\S+\s+{_ADJ}\s+"
            r"(?:\p{Lu}[\p{L}-]*\s+)?\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}\p{M}'’-]+$"
        )
    )
    # (an adverb of the lexicon alone, capitalised at the start: "Neuerdings präsentiert er
    # sich als „…“")
    adverb = cleaned.str.contains(_latin(r"^\p{Lu}\p{Ll}+$")) & cleaned.str.to_lowercase().is_in(
        _adverbs().implode()
    )
    # a number of things is no speaker ("bis zu 3,5 Milliarden Euro"), a number of people is
    # ("mehr als 100 Wissenschaftler")
    things = cleaned.str.contains(_NUMBER_FIRST) & ~(
        _has_word(cleaned, _ROLE_NOUN) | _has_word(cleaned, _COUNTED_PEOPLE)
    )
    # a participle of a verb with a prefix of its own, opening a sentence in the passive:
    # "Entdeckt wurde der Asteroid von X", "Verhaftet wurden zwei Männer" (not a name of its
    # form that the lexicon knows: "Ernst", "Erhardt", "Bernhardt")
    # (nor a noun: "Verfassungsgericht", "Bezirksamt", "Beirat")
    participle = (
        cleaned.str.contains(_latin(r"^(?:Ent|Ver|Be|Er|Zer|Miss|Emp)\p{Ll}{3,9}t$"))
        & ~cleaned.str.contains(r"(?:amt|rat|richt|recht|markt|punkt|kraft|stadt|heit|keit)$")
        & ~cleaned.is_in(_lexicon_names())
        & ~cleaned.is_in(_lexicon_nouns())
    ) | (
        # (or any participle the lexicon knows, with no name of its form: "Geschildert hat
        # die dramatischen Minuten eine Bewohnerin")
        cleaned.str.contains(_latin(r"^\p{Lu}\p{Ll}+$"))
        & cleaned.str.to_lowercase().is_in(_participles())
        & ~cleaned.is_in(_lexicon_names())
        & ~cleaned.is_in(_name_series()["first"])
    )
    return (
        (~cleaned.str.contains(_NOT_SPEAKER) | timed)
        & ~spk.str.contains(_PREP_START)
        & ~adverb
        & ~participle
        & ~things.fill_null(False)
    ) | particle


@cache
def _participles() -> pl.Series:
    """The past participles of textblob-de's lexicon ("geschildert", "gesagt"; a series of one
    list, for ``is_in``: see :func:`_lexicon_nouns`)."""
    tags = word_tags()
    return tags.filter(pl.col("tag") == "VVPP").get_column("form").unique().implode()


@cache
def _lexicon_names() -> pl.Series:
    """The proper names of textblob-de's lexicon (a series of one list, for ``is_in``: see
    :func:`_lexicon_nouns`)."""
    tags = word_tags()
    return tags.filter(pl.col("tag") == "NE").get_column("form").unique().implode()


#: Rules that need a rare word run only on the texts that hold it (speed).
#: A word a rule cannot match without (keyed by a piece of the rule's pattern): texts
#: without it are not searched, and when no text has it the rule's pattern (large, slow to
#: compile) is not compiled at all.
_GUARDS = {
    "(?:während|wobei|wohingegen|": (
        r"(?:,\s+(?:während|wobei|wohingegen|weil|obwohl|zumal|nachdem)"
        r"|^\s*(?:Während|Weil|Obwohl|Zumal|Nachdem|Da|Als))\s"
    ),
    "zeigt)\\s+sich": r"\bsich\b[^„“»«.;]*\b(?:sicher|überzeugt|gewiss|einig)\b",
    "(?:Wir|Ich|Uns|": r":\s+(?:Wir|Ich|Uns|Unser|Mein|Mir|Mich)",
    "[–—]\\s+[^„“»«:–—]": r"\s[–—]\s",
    "heißt": r"\b(?:heißt|hieß|geheißen|verlautet|verlautete)\b",
    "zu\\s+(?:hören": r"\bzu\s+(?:hören|lesen|vernehmen|erfahren)\b",
    "lautet": r"\blaute(?:t|te|n|ten)\b",
    "(?P<cue>zitierte|zitierten|zitiert)": r"\bzitiert",
    "(?P<cue>Berufung)": r"\bBerufung\b",
    "(?P<cue>[Ll]aut)": r"\b[Ll]aut\b",
    "(?P<cue>laut)": r"\blaut\b",
    "(?P<cue>zufolge)": r"\bzufolge\b",
    "(?P<cue>[Nn]ach)": r"\b[Nn]ach\b",
    "(?P<cue>wird|wurde)": r"\bzitiert\b",
    "(?P<cue>wollen|will|wollte|wollten)": r"\bwissen\b",
    "(?P<cue>\\()": r"\(\s*$",
    "(?P<cue>so)": r"\bso\b",
    f"(?P<cue>{_SUBJ_SG})": rf"\b(?:{_SUBJ_SG})\s+er\b",
    "(?:s|’|')\\s+(?P<cue>": (
        r"\p{Lu}\p{L}*(?:s|’|')\s+" + _OPINION_NOUNS + r"\b[^„“»«]*:\s*\ue000"
    ),
    "(?P<cue>[Aa]us)": r"\b[Aa]us\s+(?:der\s+|\p{Lu}\p{Ll}+\s+)?Sicht\b",
    # (a name in quote marks may stand between: Berichte der Zeitung „Le Canard enchaîné“,)
    f"(?P<cue>{_CLAIM_NOUNS})": rf"\b{_CLAIM_NOUNS}\b(?:[^„“»«:;]|„[^„“]{{0,60}}“)*,",
    "(?P<cue>steht|stand|stehen|standen)": r"\b(?:steht|stand|stehen|standen)\b[^„“»«]*:\s*$",
    "Einschätzung|Schätzung(?:en)?)": r"\b[Ee]igene[rn]?\s",
    "[Ss]owohl": r"\b[Ss]owohl\s.{1,80}?\sals\s+auch\s",
    "(?:Gegenwind|Kritik|": (
        r"\b(?:kam|kamen|kommt)\s+(?:\p{Ll}+\s+){0,3}(?:Gegenwind|Kritik|Widerspruch|Lob|"
        r"Zustimmung|Unterstützung|Applaus|Beifall|Protest|Reaktion|Warnung|Antwort|"
        r"Rückendeckung)"
    ),
    "Rückendeckung)": (
        r"\b(?:Kritik|Widerspruch|Lob|Zustimmung|Unterstützung|Applaus|Beifall|Protest|Proteste|"
        r"Reaktion(?:en)?|Warnung(?:en)?|Antwort|Gegenwind|Rückendeckung)\s+(?:kam|kamen|kommt)\s"
    ),
    "(?P<cue>Für)": r"\bFür\b",
    r"blieb)\s+(?P<cue>für)": (
        r"\b(?:ist|sind|war|waren|sei|seien|wäre|gilt|galt|bleibt|blieb)\s+für\s"
    ),
    r"[Ww]as\s+(?P<cue>für)": r"\b[Ww]as\s+für\s",
    "(?P<cue>sprechen|sprach": r"\b(?:sprech|sprach|sprich|rede)",
    "(?P<cue>geäußert|gefordert": r"\bvon\b",
}


#: The speaker parts of the patterns, longest first (see :func:`_skeleton`).
_SPEAKER_PARTS = sorted(
    {_SPK, _SPK_ANY, _SPK_HEAD, _BOTH, _APPOS, _NAMESEQ, _NOM_NP, _FROM, _CAP, _CAP_WORD},
    key=len,
    reverse=True,
)


@cache
def _skeleton(pattern: str) -> str:
    r"""``pattern`` with its speaker parts replaced by any text: it matches wherever
    ``pattern`` does (and more).

    The speaker parts (``_SPK`` and its pieces) are most of a rule's pattern and of its
    time to compile, while the words around them (the verb, the marks) are what few texts
    have. A text the skeleton does not match cannot match the rule, so :func:`_extract`
    compiles the rule only for texts that pass it: on the 1,028 articles of 10kGNAD, two
    thirds of the rules then compile no speaker pattern at all.

    Examples
    --------
    >>> print(_skeleton(rf"(?P<cue>sagte)\s+(?P<spk>{_SPK})\s*[,.]"))
    (?P<cue>sagte)\s+(?P<spk>(?s:.*?))\s*[,.]
    """
    for part in _SPEAKER_PARTS:
        pattern = pattern.replace(part, "(?s:.*?)")
    return pattern


#: A word boundary of a pattern (``\b`` after an even number of backslashes), see
#: :func:`_looser`.
_WORD_BOUNDARY = re.compile(r"(?<!\\)((?:\\\\)*)\\b")


@cache
def _looser(pattern: str) -> str:
    r"""``pattern`` without its word boundaries (``\b``): it matches wherever ``pattern``
    does (and more), narrowed to the Latin script (:func:`_latin`).

    A guard (``_GUARDS``) or a skeleton (:func:`_skeleton`) only has to hold wherever its
    rule matches, to leave out the texts the rule cannot match; the rule's own pattern
    then decides. Without ``\b`` the regex crate's fast engine searches it: a Unicode word
    boundary makes it give up at the first letter outside ASCII, and a slow engine takes
    over, on the whole text around each quote.

    Examples
    --------
    >>> print(_looser(r"\bso\b\s+\\b"))
    so\s+\\b
    """
    return _latin(_WORD_BOUNDARY.sub(r"\1", pattern))


#: Swiss spellings of the verbs of the rules (ss for ß) and their standard ones: a cue is
#: compared in its standard spelling.
_SWISS_SPELLING = {
    "heiss": "heiß",
    "hiess": "hieß",
    "liess": "ließ",
    "äuss": "äuß",
    "grüss": "grüß",
    "weiss": "weiß",
    "stiess": "stieß",
    "schliess": "schließ",
}


def _standard_cue(frame: pl.DataFrame) -> pl.DataFrame:
    """The ``cue`` of the groups ``_g`` in standard spelling (*heisst es* → *heißt es*)."""
    if "cue" not in [field.name for field in frame.schema["_g"].fields]:  # type: ignore[attr-defined]
        return frame
    return frame.with_columns_seq(
        pl.col("_g").struct.with_fields(pl.field("cue").str.replace_many(_SWISS_SPELLING))
    )


def _extract(
    frame: pl.DataFrame, column: str, pattern: str, *, after_preposition: bool = False
) -> pl.DataFrame:
    """Add ``_xspk``, ``_xcue``, ``_xoff`` (speaker offset in ``column``): the speaker
    ``pattern`` finds in ``column`` of each row (``frame`` has the quotes' ``_q``).

    A span right after a preposition is no speaker unless the cue allows it (*laut* X) or
    ``after_preposition`` is set (the pattern itself says why: *von* X *als „…“ bezeichnet*).
    Only quotes without a speaker yet are searched, and of these only the texts that hold
    the rule's guard word (``_GUARDS``) and match its :func:`_skeleton`; when there is
    none, the rule's pattern is not compiled (see :func:`_extracted`).
    """
    (found,) = _extracted(frame, [(column, pattern)], after_preposition=after_preposition)
    return _take(frame, found)


def _extracted(
    q: pl.DataFrame, searches: Sequence[tuple[str, str]], *, after_preposition: bool = False
) -> list[pl.DataFrame]:
    """:func:`_extract` of several searches at once, each a ``(column, pattern)``.

    Returns, for each search, a frame of ``_q``, ``_xspk``, ``_xcue`` and ``_xoff`` with a
    row for each quote whose text the pattern matches (the speaker null where the span may
    be no speaker). Each search finds its matches on its own, but the speakers of all are
    checked together by one :func:`_checked`, whose many patterns then compile once, not
    once for each search. A loop that tries the searches one after another takes each
    one's speakers with :func:`_take`.
    """
    parts = []
    for k, (column, pattern) in enumerate(searches):
        text = pl.col(column).fill_null("")
        if "speaker" in q.columns:
            text = pl.when(pl.col("speaker").is_null()).then(text).otherwise(pl.lit(""))
        for word, guard in _GUARDS.items():
            if word in pattern:
                text = pl.when(text.str.contains(_looser(guard))).then(text).otherwise(pl.lit(""))
                break
        frame = q.select_seq("_q", pl.col(column).alias("_text"), text.alias("_t"))
        frame = frame.filter(pl.col("_t") != "")
        skeleton = _skeleton(pattern)
        if skeleton != pattern and frame.height:
            frame = frame.filter(pl.col("_t").str.contains(_looser(skeleton)))
        if not frame.height:
            continue
        groups = frame.with_columns_seq(
            pl.col("_t").str.extract_groups(_latin(pattern)).alias("_g")
        )
        parts.append(
            groups.select_seq(
                "_q", pl.lit(k, dtype=pl.Int32).alias("_k"), "_text", _match_groups(groups)
            ).filter(pl.col("_g").struct.field("spk").is_not_null())
        )
    columns = ["_q", "_xspk", "_xcue", "_xoff"]
    if not parts:
        empty = pl.DataFrame(
            schema={"_q": q.schema["_q"], "_xspk": pl.String, "_xcue": pl.String, "_xoff": pl.Int32}
        )
        return [empty for _ in searches]
    found = _checked(
        _standard_cue(pl.concat(parts)), pl.col("_text"), "_x", after_preposition=after_preposition
    )
    return [found.filter(pl.col("_k") == k).select_seq(columns) for k in range(len(searches))]


def _extracted_by_flag(
    q: pl.DataFrame, column: str, rules: Sequence[tuple[str, _T, bool]]
) -> list[tuple[str, _T, bool, pl.DataFrame]]:
    """:func:`_extracted` of rules ``(pattern, anything, after_preposition)`` in ``column``:
    each rule with the speakers it found, in the order of ``rules``."""
    found: dict[int, pl.DataFrame] = {}
    for flag in (False, True):
        chosen = [n for n, rule in enumerate(rules) if rule[2] is flag]
        searches = [(column, rules[n][0]) for n in chosen]
        found.update(zip(chosen, _extracted(q, searches, after_preposition=flag), strict=True))
    return [(*rule, found[n]) for n, rule in enumerate(rules)]


def _match_groups(frame: pl.DataFrame) -> pl.Expr:
    """The groups ``_g`` of a rule's matches in ``frame`` as ``pre``, ``spk`` and ``cue``
    (null where the rule's pattern has no cue), so that the matches of rules can be stacked."""
    fields = [f.name for f in frame.schema["_g"].fields]  # type: ignore[attr-defined]
    g = pl.col("_g").struct
    cue = g.field("cue") if "cue" in fields else pl.lit(None, pl.String).alias("cue")
    return pl.struct(g.field("pre"), g.field("spk"), cue).alias("_g")


def _take(q: pl.DataFrame, found: pl.DataFrame) -> pl.DataFrame:
    """``q`` with the speakers ``_xspk``, ``_xcue``, ``_xoff`` of one search of
    :func:`_extracted`, as :func:`_extract` would add them now: null where the quote has a
    speaker already (a search before it in the loop may have given it one)."""
    columns = ["_xspk", "_xcue", "_xoff"]
    taken = q.drop(columns, strict=False).join(found, on="_q", how="left", maintain_order="left")
    if "speaker" not in q.columns:
        return taken
    return taken.with_columns_seq(
        pl.when(pl.col("speaker").is_null()).then(pl.col(c)).alias(c) for c in columns
    )


#: A subject after "Als" that opens the sentence: a noun with its article, or a name of two
#: capitalised words at least ("Jürgen Pahl", "FDP-Ratsherr Jürgen Pahl").
_ALS_SUBJECT = r"^(?:(?:der|die|das)\s|\p{Lu}[\p{L}\p{M}.-]*\s+\p{Lu}[\p{L}\p{M}.-]*)"
#: A name (up to four capitalised words) that opens the sentence, and a comma.
_NAME_THEN_COMMA = r"^\s*\p{Lu}[\p{L}\p{M}.-]+(?:\s+\p{Lu}[\p{L}\p{M}.-]+){0,3},\s+$"
#: An article or a pronoun that opens a speaker (a role after a name has none).
_ARTICLE_FIRST = r"^(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einen|Einem|Er|Sie|Es|Man)\b"


#: A speaker that opens with a number or a quantifier ("mehr als 100 Wissenschaftler").
_NUMBER_FIRST = (
    r"^(?:(?:mehr|weniger)\s+als|rund|etwa|knapp|über|fast|nahezu|insgesamt|bis\s+zu|\d|zwei|"
    r"drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|"
    r"hundert|tausend|mehrere|zahlreiche|etliche|viele|einige|Dutzende|Hunderte|Tausende)\b"
)


#: A quantifier that stands for an unnamed group of speakers (``_UNNAMED_VOICE``).
_UNNAMED_VOICE_WORD = rf"^(?i:{_GROUP})$"
#: ... as the subject of a colon introduction that opens its sentence ("Manche sagen:") or
#: of the verb of saying right after the quote that ends its sentence ("„…“, sagen viele.").
_UNNAMED_VOICE = (
    rf"(?:^|[.!?:]\s+){_GROUP_CAPITALISED}\s+(?:\p{{Ll}}+\s+){{0,2}}\p{{Ll}}+\s*:\s*$"
    rf"|^\s*,\s*\p{{Ll}}+\s+{_GROUP}\s*(?:[.;!?]|$)"
)


def _without_dative_object(
    spk: pl.Expr, verb_first: pl.Expr, cue: pl.Expr, after_span: pl.Expr
) -> pl.Expr:
    """``spk`` without the dative object of a verb that needs one (``_DATIVE_OBJECT_VERB``),
    where the speaker follows the verb: a name after a body's or a person's noun, with no
    other dative after it ("Darin warf die Organisation Israel vor, ..." is the
    organisation's; "warf die Gewerkschaft Verdi den Arbeitgebern vor" keeps its apposition).

    ``after_span`` is the text after the speaker.

    Examples
    --------
    >>> frame = pl.DataFrame({"spk": ["die Organisation Israel", "die Gewerkschaft Verdi"],
    ...                       "after": [" vor, ...", " den Arbeitgebern vor"]})
    >>> frame.select(_without_dative_object(pl.col("spk"), pl.lit(True), pl.lit("warf"),
    ...                                     pl.col("after"))).to_series().to_list()
    ['die Organisation', 'die Gewerkschaft Verdi']
    """
    objected = spk.str.extract_groups(
        _latin(r"^(?P<head>(?:der|die|das)\s+\p{Lu}\p{Ll}+)\s+(?P<name>\p{Lu}\p{Ll}+)$")
    )
    return (
        pl.when(
            verb_first
            & cue.str.contains(_DATIVE_OBJECT_VERB)
            & objected.struct.field("head").str.extract(r"(\S+)$").is_in(_lexicon_nouns())
            & ~objected.struct.field("name").is_in(_lexicon_nouns())
            & ~objected.struct.field("name").is_in(_name_series()["first"])
            & ~after_span.str.contains(
                _latin(r"^\s*(?:dem|den|der|einem|einer|ihm|ihr|ihnen|\p{Lu})\b")
            )
        )
        .then(objected.struct.field("head"))
        .otherwise(spk)
    )


def _checked(
    frame: pl.DataFrame, text: pl.Expr, prefix: str, *, after_preposition: bool = False
) -> pl.DataFrame:
    """Turn the groups ``_g`` (``pre``, ``spk``, ``cue``) of a rule's match in ``text`` into
    ``{prefix}spk``, ``{prefix}cue`` and ``{prefix}off``, null where the span may be no
    speaker (see :func:`_extract`)."""
    spk = pl.col("_g").struct.field("spk")
    # (as a column: the checks name it many times)
    frame = frame.with_columns_seq(
        spk.str.replace(_LEADING_JUNK, "").str.replace(_EXTENDED_ATTRIBUTE, "$1").alias("_cleaned")
    )
    cleaned = pl.col("_cleaned")
    offset = pl.col("_g").struct.field("pre").str.len_chars().cast(pl.Int32) + (
        spk.str.len_chars() - cleaned.str.len_chars()
    ).cast(pl.Int32)
    pre = pl.col("_g").struct.field("pre")
    cue = pl.col("_g").struct.field("cue")
    # (the text after the speaker)
    after_span = text.str.slice(pre.str.len_chars() + spk.str.len_chars())
    # an object that opens the sentence, its subject after the verb: "Die Entscheidung
    # kritisierte der Minister scharf:" (the verb-first rules find the subject; looked at
    # only where a speaker opens with "die", "das" or "eine": its patterns are large)
    object_first = pl.lit(False)
    # (or where a pronoun that is only a subject may follow the verb: "Russland warf er vor")
    pronoun_next = text.str.slice(pre.str.len_chars() + spk.str.len_chars()).str.contains(
        r"\b(?:er|ich|wir|du|sie|man)\b"
    )
    if frame.select_seq((spk.str.contains(_OBJECT_FIRST) | pronoun_next).any()).item():
        object_first = (
            pre.str.extract(_CLAUSE_TAIL).str.strip_chars().eq("")
            & _object_first(
                spk,
                _text_after(
                    text.str.slice(pre.str.len_chars() + spk.str.len_chars()),
                    pl.col("_g").struct.field("cue"),
                ),
                pl.col("_g").struct.field("cue"),
            )
        ).fill_null(False)
    # a dative right after a verb of saying is its addressee: "Ein Soldat sagte dem Sender
    # NBC, der live berichtete: „…“" (the soldier's words; looked at only where a span opens
    # with "dem" or "einem": the pattern is large)
    addressee = pl.lit(False)
    if frame.select_seq(cleaned.str.contains(r"^(?:dem|einem)\s").any()).item():
        addressee = (
            pre.str.contains(_latin(rf"\b(?:{_VERB})\s+$"))
            & cleaned.str.contains(r"^(?:dem|einem)\s")
        ).fill_null(False)
    # an unnamed group that introduces the quote with a colon speaks, though a quantifier
    # alone names no one: "Die Regierung plant ein Gesetz. Manche sagen: „…“" (not the
    # government's words)
    voice = cleaned.str.contains(_UNNAMED_VOICE_WORD) & text.str.contains(_UNNAMED_VOICE)
    # a bare noun after the verb and "aber", "jedoch" ... is the object of a clause that shares
    # its subject with the one before: "Obama nannte das Ergebnis einen „…“, forderte aber
    # Taten" (a common noun of the lexicon, or the plural of one: "Taten" of "Tat"; not after a
    # verb that only says, whose subject a surname that is a noun may be: "sagte aber Fischer")
    shared_subject = (
        pre.str.contains(r"\b(?:aber|jedoch|allerdings|zugleich|dennoch)\s+$")
        & ~cue.str.contains(
            r"^(?:sag|erklär|beton|mein|antwort|ergänz|erwider|schrieb|schreib|sprach|sprich)"
        ).fill_null(False)
        & cleaned.str.contains(_latin(r"^\p{Lu}\p{Ll}+$"))
        & pl.any_horizontal(
            cleaned.str.replace(ending, "").is_in(_lexicon_nouns())
            for ending in ("^$", "en$", "n$", "e$")
        )
    ).fill_null(False)
    ok = (
        cleaned.is_not_null()
        & (_may_speak(spk, cleaned) | voice.fill_null(False))
        # a comparative that opens the sentence is no subject: "Skeptischer gab sich X: „…“"
        # (the subject is after the verb)
        & ~(_comparative(cleaned) & pre.str.contains(r"^[\s\"“”»«]*$")).fill_null(False)
        & (cleaned != "")
        & ~object_first
        & ~shared_subject
        # the tail of a compound is no word of its own: der „Bild“-Zeitung sagte X
        & ~pre.str.contains(_latin(r"[\p{L}“”\"»«]-$")).fill_null(False)
        # a participle after an article is an adjective of the speaker's noun, no verb:
        # "eine oft zitierte Warnung Stoltenbergs"
        & ~pre.str.contains(_ATTRIBUTIVE_PARTICIPLE).fill_null(False)
        # a dative right after a verb of saying is its addressee (see below)
        & ~addressee
        # what someone is said to have agreed to is no words of theirs: "Er soll sich bereit
        # erklärt haben, „…“ zu verüben" (but "Moskau erklärte sich bereit, „…“ zu verhandeln")
        & ~after_span.str.contains(
            r"^[^„“»«\"]*\b(?:soll|sollen)\s+sich\s+(?:\S+\s+){0,3}?(?:bereit|einverstanden)\s+"
            r"erklärt\s+haben\b"
        ).fill_null(False)
        # a noun before an infinitive is its object (see _infinitive_object)
        & ~(
            after_span.str.split_exact(cue, 1)
            .struct.field("field_0")
            .str.contains(r"^\s+(?:\S+\s+){0,3}$")
            & _infinitive_object(pre, cue, _text_after(after_span, cue))
        ).fill_null(False)
        # a cross reference in brackets: (Wikinews berichtete); not a speaker in brackets
        & ~(pre.str.contains(r"\(\s*$") & (pl.col("_g").struct.field("cue") != "("))
        # a dative that opens the sentence is the addressee: Dem Sender CNN sagte X (but
        # a source: Dem Bericht zufolge)
        & ~(
            (cleaned.str.contains(r"^(?:Dem|Einem|Den)\s") | cleaned.str.contains(_FEMININE_DATIVE))
            & ~cleaned.str.contains(r"^Den\s+Haag\b")
            & ~pl.col("_g").struct.field("cue").is_in([*_PREP_CUES, "zufolge"])
            # (the agent of a passive is a dative: von der Regierung als „…“ bezeichnet)
            & ~(pl.lit(after_preposition) & pre.str.contains(r"\b(?:[Vv]on|[Ss]eitens)\s+$"))
            # (and so is a document or a place talk is held in: In der Erklärung ist von
            # einer „…“ die Rede)
            & ~pl.col("_g").struct.field("cue").str.contains(r"^die\s+Rede$").fill_null(False)
        ).fill_null(False)
        # a subject with a relative clause opens the sentence: the noun after its verb is
        # the object (Stoltenberg, der den Gipfel eröffnete, wies die Kritik zurück: „…“)
        # (not a genitive in lower case that goes on from a quote inside the sentence: „nicht
        # die Substanz“ der Reformen, die die Syrer forderten, sagte Sprecher X)
        & ~(
            pre.str.contains(_SUBJECT_THEN_RELATIVE)
            & ~pre.str.contains(_PREPOSITION_FIRST)
            & ~pre.str.contains(r"^\s*(?:der|des)\s")
            & ~cleaned.is_in(_PRONOUNS)
        ).fill_null(False)
        # in a subordinate clause whose subject came first, a noun before the verb is its
        # object: Nachdem das Königshaus die Verlobung bestätigt hat, ...
        & ~(
            pre.str.extract(_CLAUSE_TAIL).str.contains(_SUBJECT_FIRST)
            & ~cleaned.is_in(_PRONOUNS)
            & ~pl.col("_g").struct.field("cue").is_in(_PREP_CUES)
        ).fill_null(False)
        & (
            pl.lit(after_preposition)
            | pl.col("_g").struct.field("cue").is_in(_PREP_CUES)
            | ~(
                (pre.str.contains(_PREPOSITION) & ~pre.str.contains(_FIXED_ADVERBIAL))
                | pre.str.contains(_OBLIQUE)
            )
            # "wie X sagte", "wie sich X ausdrückte", "wie auch X betonte", "während X erklärte"
            | pre.str.contains(
                r"\b(?:[Ww]ie|[Ww]ährend)\s+(?:(?:sich|auch|etwa|schon|bereits|zuvor)\s+)*$"
            )
            # "Als" that opens the sentence before a subject with its article or a name
            # (the conjunction: "Als die Ministerin von einer „…“ sprach, ...", "Als
            # FDP-Ratsherr Jürgen Pahl die Gegner als „…“ bezeichnete"); not before a bare
            # noun ("Als Präsident hatte er ...": a role, the subject after the verb)
            | (
                pre.str.contains(r"^\s*Als\s+$")
                & cleaned.str.contains(_latin(_ALS_SUBJECT)).fill_null(False)
            )
            # a document quoted from: zitierte Tass aus einer Mitteilung des Ministeriums
            | pre.str.contains(_QUOTED_FROM)
        )
    )
    # a name that opens the sentence before a role whose closing comma is missing is part of
    # the speaker: "Jens Stoltenberg, Generalsekretär der Nato sagte:"
    named_first = (
        pre.str.contains(_NAME_THEN_COMMA)
        & cleaned.str.contains(_latin(r"^\p{Lu}"))
        & ~cleaned.str.contains(_ARTICLE_FIRST)
        & ~pl.col("_g").struct.field("cue").is_in(_PREP_CUES)
    ).fill_null(False)
    # (``ok`` once, as a column: the three outputs would each evaluate it; and so each step of
    # the speaker: the next names it several times, see _subjects)
    frame = _with_shared(frame, ok.alias("_ok"), named_first.alias("_named_first"))
    spoken = pl.col("_spoken")
    frame = frame.with_columns_seq(
        pl.when("_named_first")
        .then(pre.str.strip_chars_start() + cleaned)
        .otherwise(cleaned)
        .alias("_spoken")
    )
    # the dative object of a verb that needs one is no part of a speaker after the verb
    frame = frame.with_columns_seq(
        _without_dative_object(
            spoken, pre.str.strip_chars_end().str.ends_with(cue).fill_null(False), cue, after_span
        ).alias("_spoken")
    )
    # a paper in quote marks after an epithet is the addressee: "sagte der FDP-Politiker der
    # „Passauer Neuen Presse“" (a role may have it as a genitive: "der Chefredakteur der „Bild“")
    before_paper = spoken.str.extract(r"^(.+?)\s+der\s+„[^„“]+“$", 1)
    spoken = (
        pl.when(before_paper.str.contains(_EPITHET).fill_null(False))
        .then(before_paper)
        .otherwise(spoken)
    )
    return frame.with_columns_seq(
        # an age after the name is no part of it: "Alice Kakamara, 30,"
        pl.when("_ok")
        .then(spoken.str.replace(_latin(r",\s*\d{1,3}\s*,?\s*$"), "").str.strip_chars(" ,"))
        .alias(f"{prefix}spk"),
        pl.when("_ok").then(pl.col("_g").struct.field("cue")).alias(f"{prefix}cue"),
        pl.when("_ok")
        .then(
            pl.when("_named_first")
            .then(
                (pre.str.len_chars() - pre.str.strip_chars_start().str.len_chars()).cast(pl.Int32)
            )
            .otherwise(offset)
        )
        .alias(f"{prefix}off"),
    ).drop("_g", "_ok", "_named_first", "_spoken", "_cleaned")


# ---------------------------------------------------------------------- the function


def _empty() -> pl.DataFrame:
    return pl.DataFrame(schema=QUOTE_SCHEMA)


def quotes(
    corpus: Corpus,
    *,
    lexicon: ActorLexicon | None = None,
    include_boilerplate: bool = False,
) -> pl.DataFrame:
    """Quotes with their kind, speaker and the speaker's actor and side.

    Parameters
    ----------
    corpus
        The corpus.
    lexicon
        The actor lexicon that links speakers to actors (default
        :data:`analysis_kit.actors.DEFAULT_ACTORS`).
    include_boilerplate
        Also look in paragraphs with role ``boilerplate``.

    Returns
    -------
    pl.DataFrame
        One row per quote, in text order: ``article_id``, ``paragraph`` and ``sentence``
        (where the quote starts), ``quote`` (the text without its marks; the parts of a
        quote over several paragraphs are joined by a line break), ``start`` and
        ``end`` (character offsets of the quote with its marks in the start paragraph;
        for a quote that ends in a later paragraph ``end`` is the end of the start
        paragraph), ``end_paragraph`` and ``end_offset`` (where the quote closes),
        ``kind`` (``direct``, ``partial`` or ``scare``), ``speaker`` (as written; a
        pronoun resolved to a name), ``speaker_actor`` and ``side`` (from the lexicon),
        ``cue`` (the attribution cue, lower case, in standard spelling: a verb such as
        ``sagte``, ``so``, ``laut``, ``zufolge``, ``nach``, ``":"``, ``"("`` for a speaker in
        brackets after the quote, ``same paragraph``, ``previous sentence`` or ``previous
        quote``). Quoted names (titles, papers, ships) are left out. See the module docstring
        for the rules.

    Examples
    --------
    >>> import polars as pl, analysis_kit as ak
    >>> corpus = ak.load(pl.DataFrame({"text": [
    ...     "„Wir bleiben offen für Gespräche“, sagte Generalsekretär Stoltenberg. "
    ...     "Moskau sprach von einer „Provokation“."]}))
    >>> quotes(corpus).select("quote", "kind", "speaker", "side", "cue").rows()
    [('Wir bleiben offen für Gespräche', 'direct', 'Generalsekretär Stoltenberg', 'NATO', 'sagte'),
     ('Provokation', 'partial', 'Moskau', 'Russia', 'sprach')]
    """
    lex = lexicon or DEFAULT_ACTORS
    return _quotes(
        corpus,
        lambda: mentions(corpus, lex, include_boilerplate=include_boilerplate),
        include_boilerplate=include_boilerplate,
    )


def _quotes(
    corpus: Corpus,
    get_mentions: Callable[[], pl.DataFrame],
    *,
    include_boilerplate: bool = False,
) -> pl.DataFrame:
    """:func:`quotes`, with the actor mentions from ``get_mentions``.

    The mentions are asked for only after the attribution rules, which do not need them
    (but for "man" in a place, *In Moskau sieht man*, where a text has it):
    :func:`analysis_kit.framing.compare_inputs` finds them in another thread meanwhile.
    """
    paragraphs = corpus.paragraphs
    if not include_boilerplate:
        paragraphs = paragraphs.filter(pl.col("role") != "boilerplate")
    paragraphs = paragraphs.select_seq("article_id", "paragraph", "text").with_row_index(
        "_p", offset=0
    )
    paragraphs = paragraphs.with_columns_seq(pl.col("_p").cast(pl.Int64))
    if paragraphs.height == 0:
        return _empty()
    marks = (
        corpus.tokens.filter((pl.col("kind") == "punct") & pl.col("text").is_in(_MARKS))
        .select_seq("article_id", "paragraph", "start", pl.col("text").alias("mark"))
        .join(paragraphs, on=["article_id", "paragraph"], how="inner")
        .select_seq(
            "_p",
            pl.col("start").cast(pl.Int64),
            "mark",
            pl.when(pl.col("start") > 0)
            .then(pl.col("text").str.slice(pl.col("start") - 1, 1))
            .otherwise(pl.lit(""))
            .alias("_before"),
            pl.col("text").str.slice(pl.col("start") + 1, 1).alias("_after"),
            pl.col("text").str.len_chars().cast(pl.Int64).alias("_len"),
        )
        .sort("_p", "start")
    )
    if marks.height == 0:
        return _empty()
    opener = pl.col("text").str.slice(0, 1).is_in(list(_CLOSES))
    # (or the next paragraph's first mark can only close a quote: it goes on there with no
    # re-opening mark, see _pair)
    first_closes = (
        marks.group_by("_p")
        .first()
        .select_seq(
            "_p",
            (
                pl.col("mark").is_in(list('“”«‘’"'))
                & (pl.col("_before") != "")
                & ~pl.col("_before").is_in(list(_SPACE_BEFORE | set(_CLOSES)))
                & (
                    pl.col("_after").is_in(list(_SPACE_AFTER | set('“”«»‘’"')))
                    | (pl.col("_after") == "")
                )
            ).alias("_first_closes"),
        )
    )
    cont_frame = (
        paragraphs.join(first_closes, on="_p", how="left")
        .select_seq(
            "_p",
            (
                (pl.col("article_id").shift(-1) == pl.col("article_id"))
                & (pl.col("paragraph").shift(-1) == pl.col("paragraph") + 1)
                & (opener.shift(-1) | pl.col("_first_closes").shift(-1).fill_null(False))
            )
            .fill_null(False)
            .alias("_cont"),
        )
        .join(marks.select_seq("_p").unique(), on="_p", how="semi")
    )
    cont = dict(cont_frame.filter(pl.col("_cont")).iter_rows())
    pairs = _pair(marks, cont)
    if not pairs:
        return _empty()
    found = pl.DataFrame(
        pairs,
        schema={
            "_p": pl.Int64,
            "start": pl.Int64,
            "_pe": pl.Int64,
            "end_offset": pl.Int64,
            "_closed": pl.Boolean,
        },
        orient="row",
    ).with_row_index("_q")
    written = paragraphs
    german = _as_german_marks(paragraphs, found)
    paragraphs = _with_particle_names(
        german,
        german.join(found.select_seq("_p").unique(), on="_p", how="semi").select_seq("article_id"),
    )
    q = _quote_text(found, paragraphs)
    if paragraphs is not german:
        # (the quoted words as written, not as the rules read a name in them)
        q = q.drop("quote").join(
            _quote_text(found, german).select_seq("_q", "quote"), on="_q", how="left"
        )
    q = _contexts(q, corpus, paragraphs)
    # (the subjects of the texts around the quotes need no speaker: another thread finds them
    # while the rules run, see _all_subjects; Polars releases the GIL in its own work)
    pool = ThreadPoolExecutor(max_workers=1)
    subjects_job = pool.submit(_all_subjects, q)
    quoted = paragraphs.join(q.select_seq("article_id").unique(), on="article_id", how="semi")
    # (the genders the articles show for their names, for pronouns and epithets: in that
    # thread too, after the subjects; the rules ask for them late)
    genders_job = pool.submit(_name_genders, quoted)
    pool.shutdown(wait=False)
    joined_mentions: list[pl.DataFrame] = []

    def found_mentions() -> pl.DataFrame:
        """The mentions, joined to the paragraph keys (asked for once)."""
        if not joined_mentions:
            joined_mentions.append(
                get_mentions().join(
                    paragraphs.select_seq("article_id", "paragraph", pl.col("_p").alias("_ap")),
                    on=["article_id", "paragraph"],
                )
            )
        return joined_mentions[0]

    q, subjects = _speakers(
        q,
        lambda: _known_persons(quoted, found_mentions()),
        subjects_job.result,
        genders_job.result,
    )
    # (the one quoted as an object, "zitierte ihn die Agentur": taken up like "er")
    # (and a source in the dative, "Laut ihm", "Ihr zufolge": like "er" and "sie")
    q = q.with_columns_seq(
        pl.when(pl.col("speaker").is_in(["ihn", "ihm", "Ihm"]))
        .then(pl.lit("er"))
        .when(pl.col("speaker").is_in(["ihr", "Ihr"]))
        .then(pl.lit("sie"))
        .otherwise(pl.col("speaker"))
        .alias("speaker")
    )
    m = found_mentions()
    # (the titles each article gives names: see _article_roles)
    q = q.join(_article_roles(quoted), on="article_id", how="left")
    q = _epithets_as_pronouns(q)
    taken_up = q.filter(pl.col("speaker").is_in([*_PRONOUNS, _ITS_AUTHOR])).get_column("_q")
    # (where each "er" or "sie" stood before it was resolved: see _pronoun_chains)
    pronoun = pl.col("speaker").is_in(["er", "sie"])
    q = q.with_columns_seq(
        pl.when(pronoun).then(pl.col("speaker")).alias("_pron"),
        pl.when(pronoun).then(pl.col("_sp_p").cast(pl.Int64)).alias("_pron_p"),
        pl.when(pronoun).then(pl.col("_sp_s").cast(pl.Int64)).alias("_pron_s"),
        pl.when(pronoun).then(pl.col("_epithet")).alias("_pron_epithet"),
    )
    q = _with_pronoun_pairs(_resolve_pronouns(_pronoun_pairs(q), corpus, m, paragraphs, subjects))
    q = _without_addressee(q, pl.col("_q").is_in(taken_up.implode()))
    # (a name taken up without the comma that closed it in apposition where it was found: "Dem
    # Leiter des Büros, X, zufolge sind ... . „…“, sagte er"; "Laut dem UN-Sondergesandten, Geir
    # X, gefährden ... . „…“, sagte der Norweger")
    q = q.with_columns_seq(pl.col("speaker").str.strip_chars_end(" ,"))
    # (where the epithets were found to stand: see _epithet_chains)
    q = q.with_columns_seq(
        pl.when(pl.col("_epithet").is_not_null()).then(pl.col(c)).alias(f"_res{c[3:]}")
        for c in ("_sp_p", "_sp_s")
    )
    q = _epithet_chains(_epithet_copies(_epithets_back(q, paragraphs, m)), m)
    q = _epithet_copies(_introduced_epithets_back(_ages_back(q, paragraphs), paragraphs))
    q = _epithet_copies(_unnamed_taken_up(q))
    q = _with_run_heads(q)
    q = _self_named(
        _named_bodies_back(_cut_bare_plural(_cut_epithet_place(q)), paragraphs), paragraphs
    )
    q = _apposed_name(q, paragraphs)
    q = _acronym_bodies_back(q, paragraphs)
    q = _subject_bodies_back(q, subjects, m, paragraphs)
    q = _pronoun_chains(q, paragraphs)
    q = _link_descriptions(_link_actors(q, m), m, paragraphs)
    q = _link_owners(q, m, subjects, paragraphs)
    q = _link_bodies(q, m, paragraphs)
    q = _link_former_latter(q, m)
    q = _link_surnames(q, m, corpus, paragraphs)
    q = _cut_place(q, m, corpus)
    q = _share_actors(_epithet_actors(q, m))
    q = _kinds(q)
    q = _article_counts(q, paragraphs)
    q = q.with_columns_seq(_foreign=_foreign_phrase(q))
    q = _common_nouns(q)
    # (an actor of the lexicon named right before the quote, for _is_name)
    actor_before = (
        q.select_seq("_q", "_p", "start")
        .join(
            m.select_seq(pl.col("_ap").cast(pl.Int64).alias("_p"), pl.col("end").cast(pl.Int64)),
            on="_p",
        )
        .filter((pl.col("start") - pl.col("end")).is_between(0, 2))
        .get_column("_q")
        .unique()
    )
    q = q.with_columns_seq(pl.col("_q").is_in(actor_before.implode()).alias("_actor_before"))
    q = q.sort("_q").with_columns_seq(**_name_columns())
    q = _with_shared(q, _is_name(q).alias("_name")).drop(_name_columns())
    # the next of two names joined by "und", "oder": die Modelle „Touareg“ und „Phaeton“
    q = q.with_columns_seq(
        (
            pl.col("_name")
            | (
                pl.col("_name").shift(1).over("_p").fill_null(False)
                & pl.col("_before").str.contains(r"[“”\"»«‘’]\s*(?:und|oder|sowie)\s*$")
                # a name's shape: up to three capitalised words (not a slogan: Parolen wie
                # „Stoppt den Überwachungswahn“ oder „Wir werden unsere Vergeltung haben“)
                & pl.col("quote").str.contains(
                    _latin(r"^[\p{Lu}\d][\p{L}\d.'’-]*(?:\s+[\p{Lu}\d][\p{L}\d.'’-]*){0,2}$")
                )
                & ~pl.col("_attached")
            )
        ).alias("_name")
    )
    q = q.filter(~pl.col("_name") & ~_is_mention(q) & ~_in_speaker(q)).drop("_name")
    q = q.with_columns_seq(pl.col("cue").str.to_lowercase())
    # a speaker with quote marks in it, as written (»Welt« where the rules read „Welt“)
    marked = pl.col("speaker").str.contains("[„“]") & pl.col("_sp_s").is_not_null()
    if q.filter(marked.fill_null(False)).height:
        n = pl.col("speaker").str.len_chars()
        q = (
            q.join(
                written.select_seq(pl.col("_p").alias("_sp_p"), pl.col("text").alias("_wt")),
                on="_sp_p",
                how="left",
            )
            .join(
                paragraphs.select_seq(pl.col("_p").alias("_sp_p"), pl.col("text").alias("_nt")),
                on="_sp_p",
                how="left",
            )
            .with_columns_seq(
                pl.when(marked & (pl.col("_nt").str.slice(pl.col("_sp_s"), n) == pl.col("speaker")))
                .then(pl.col("_wt").str.slice(pl.col("_sp_s"), n))
                .otherwise(pl.col("speaker"))
                .alias("speaker")
            )
        )
    # a document's author goes with the document, as its noun in brackets: „…“, hieß es in der
    # Erklärung (after "Der FSB veröffentlichte eine Erklärung"): "Der FSB (Erklärung)"
    noun = pl.col("_document").str.extract(r"(\S+)$", 1)
    q = q.with_columns_seq(
        pl.when(
            (pl.col("speaker") != pl.col("_document"))
            & ~pl.col("speaker").str.contains(noun, literal=True)
        )
        .then(pl.concat_str(pl.col("speaker"), pl.lit(" ("), noun, pl.lit(")")))
        .otherwise(pl.col("speaker"))
        .alias("speaker")
    )
    # an epithet taken up like a pronoun keeps its words in brackets after the name it stands
    # for: „…“, sagte der Norweger (after "Nato-Generalsekretär Jens Stoltenberg kritisierte
    # ..."): "Nato-Generalsekretär Jens Stoltenberg (der Norweger)"
    # (not where the name opens with the epithet's words: "Der italienische Innenminister
    # Giuliano Amato", not "... Amato (Der italienische Innenminister)")
    q = q.with_columns_seq(
        pl.when(
            pl.col("_epithet").is_not_null()
            & pl.col("speaker").is_not_null()
            & ~pl.col("speaker")
            .str.to_lowercase()
            .str.starts_with(pl.col("_epithet").str.to_lowercase() + " ")
        )
        .then(
            pl.concat_str(
                pl.col("speaker"),
                pl.lit(" ("),
                pl.coalesce("_epi_shown", "_epithet"),
                pl.lit(")"),
            )
        )
        .otherwise(pl.col("speaker"))
        .alias("speaker")
    )
    # (the particles of names as written: see _with_particle_names)
    q = q.with_columns_seq(_particles_back(pl.col("speaker")).alias("speaker"))
    return q.sort("_q").select_seq(
        *[pl.col(name).cast(dtype) for name, dtype in QUOTE_SCHEMA.items()]
    )


def _in_speaker(q: pl.DataFrame) -> pl.Expr:
    """Whether a quote lies inside another quote's speaker: part of a name, no quote.

    (*Der „Spiegel“ schreibt: „…“*: „Spiegel“ is the name of the speaker of the quote after
    it.)
    """
    spans = q.filter(pl.col("speaker").is_not_null() & pl.col("_sp_s").is_not_null()).select_seq(
        pl.col("_sp_p").alias("_p"),
        "_sp_s",
        (pl.col("_sp_s") + pl.col("speaker").str.len_chars()).alias("_sp_e"),
    )
    inside = (
        q.select_seq("_q", "_p", "start", "end")
        .join(spans, on="_p")
        .filter((pl.col("start") >= pl.col("_sp_s")) & (pl.col("end") <= pl.col("_sp_e")))
        .get_column("_q")
        .unique()
    )
    # (but a term the writer introduces with "so genannt" stays a scare quote: Der sogenannte
    # „Ministerpräsident“ der Region, X, erklärte)
    return pl.col("_q").is_in(inside.implode()) & ~_so_called()


def _so_called() -> pl.Expr:
    """Whether a quote follows "so genannt" (*die sogenannten „Tigerstreifen“*) or "selbst
    ernannt" (*Ihr selbst ernannter „Verteidigungsminister“*)."""
    return (
        pl.col("_before")
        .str.contains(
            r"\b(?:[Ss]o\s+genannte[nmrs]?|[Ss]ogenannte[nmrs]?|"
            r"[Ss]elbst\s*(?:ernannt|proklamiert|erklärt)e[nmrs]?)\s*$"
        )
        .fill_null(False)
    )


#: A first name, then a particle that is a German preposition too, and a surname: "Friederike
#: von Hagen", "Johanna zu Stolberg" (groups 2 to 4: first name, particle, surname; not "vom"
#: and "zur", rare in names and common after a first name: "Martin vom Landratsamt"). Group 1:
#: a particle right before the first name, which makes that a surname ("sagte von Hagen von
#: Amts wegen" names no Hagen).
_PREPOSITION_NAME = (
    r"(?:\b(von|zu)\s+)?\b(\p{Lu}[\p{L}\p{M}-]+)\s+(von\s+der|von\s+den|von|zu)\s+"
    r"(\p{Lu}\p{Ll}[\p{L}\p{M}-]*)\b"
)
#: ... not the nouns of set phrases after a name ("kam Anna zu Besuch", "war Peter von Anfang an
#: dabei").
_SET_PHRASE_NOUNS = (
    r"^(?:Hause|Haus|Besuch|Gast|Fuß|Füßen|Ende|Recht|Beginn|Lasten|Gunsten|Tode|Wort|"
    r"Protokoll|Hilfe|Boden|Eigen|Grunde|Händen|Schaden|Teil|Anfang|Beruf|Amts|Bord|Hand|Seiten|"
    r"Geburt|Kindheit|Jugend|Herzen|Nutzen|Bedeutung|Vorteil|Interesse|Belang|Natur|Zeit|"
    r"Weihnachten|Ostern|Pfingsten|Silvester|Mittag|Abend|Morgen|Montag|Dienstag|Mittwoch|"
    r"Donnerstag|Freitag|Samstag|Sonntag|Januar|Februar|März|April|Mai|Juni|Juli|August|"
    r"September|Oktober|November|Dezember)$"
)
#: Such a particle and its surname as the rules read them where the article names the person
#: with a first name: one capitalised word, the particle's first letter a capital of its own
#: that no German text has, the spaces hyphens ("Ʋon-Hagen" for "von Hagen" and "Von Hagen",
#: "Ʋon-der-Hagen", "Ƶu-Stolberg"). So the name is a surname to every rule (with a first name
#: before it, "Friederike Ʋon-Hagen", a person's name), and "von" elsewhere stays a preposition;
#: each character stays one, so every offset holds.
_PARTICLE_LETTERS = {"v": "Ʋ", "z": "Ƶ"}


def _with_particle_names(
    paragraphs: pl.DataFrame, articles: pl.DataFrame | None = None
) -> pl.DataFrame:
    """``paragraphs`` where the article names a person with a first name, a particle that is a
    preposition too ("von", "zu") and a surname ("Finanzministerin Friederike von Hagen"), with
    that particle and surname written as one word (``_PARTICLE_LETTERS``) wherever they stand
    in the article, for the rules: "sagte von Hagen", "Von Hagen zeigte sich" name her,
    "berichtete von Problemen" names no one. A name the rules know as such ("von der Leyen")
    is left as it is; the quotes keep their words as written, and the speakers get theirs back
    (:func:`_particles_back`). Only the articles in ``articles`` (``article_id``; all if not
    given) are looked at: those with quotes.

    Examples
    --------
    >>> frame = pl.DataFrame({"article_id": ["a", "a"], "text": [
    ...     "Ministerin Friederike von Hagen sprach.", "„Ja“, sagte von Hagen von Amts wegen."]})
    >>> _with_particle_names(frame)["text"].to_list()
    ['Ministerin Friederike Ʋon-Hagen sprach.', '„Ja“, sagte Ʋon-Hagen von Amts wegen.']
    """
    looked_at = (
        paragraphs
        if articles is None
        else paragraphs.join(articles.unique(), on="article_id", how="semi")
    )
    names = (
        looked_at.filter(pl.col("text").str.contains(r"\s(?:von|zu)\s+\p{Lu}"))
        .select_seq("article_id", pl.col("text").str.extract_all(_PREPOSITION_NAME).alias("_m"))
        .explode("_m")
        .drop_nulls("_m")
        .with_columns_seq(pl.col("_m").str.extract_groups(_PREPOSITION_NAME).alias("_g"))
        .filter(
            pl.col("_g").struct.field("1").is_null()
            & pl.col("_g").struct.field("2").is_in(_name_series()["first"])
            & ~pl.col("_g").struct.field("4").str.contains(_SET_PHRASE_NOUNS)
        )
        .select_seq(
            "article_id",
            pl.concat_str(
                pl.col("_g").struct.field("3").str.replace_all(r"\s+", " "),
                pl.lit(" "),
                pl.col("_g").struct.field("4"),
            ).alias("_name"),
        )
        .filter(~pl.col("_name").str.contains(f"^(?:{_PARTICLE_NAMES})$"))
        .unique()
    )
    if names.height == 0:
        return paragraphs
    marked = pl.col("_name").str.slice(0, 1).replace_strict(_PARTICLE_LETTERS) + pl.col(
        "_name"
    ).str.slice(1).str.replace_all(" ", "-", literal=True)
    # (also with a capital at the start of a sentence: "Von Hagen zeigte sich")
    names = (
        pl.concat(
            [
                names.with_columns_seq(marked.alias("_marked")),
                names.with_columns_seq(
                    marked.alias("_marked"),
                    (
                        pl.col("_name").str.slice(0, 1).str.to_uppercase()
                        + pl.col("_name").str.slice(1)
                    ).alias("_name"),
                ),
            ]
        )
        .sort("article_id", "_name")
        .with_columns_seq(pl.int_range(pl.len()).over("article_id").alias("_k"))
    )
    columns = paragraphs.columns
    for k in range(names.select_seq(pl.col("_k").max()).item() + 1):
        paragraphs = (
            paragraphs.join(names.filter(pl.col("_k") == k), on="article_id", how="left")
            .with_columns_seq(
                pl.when(pl.col("_name").is_not_null())
                .then(pl.col("text").str.split(pl.col("_name")).list.join(pl.col("_marked")))
                .otherwise(pl.col("text"))
                .alias("text")
            )
            .select_seq(columns)
        )
    return paragraphs


def _particles_back(text: pl.Expr) -> pl.Expr:
    """``text`` with the names :func:`_with_particle_names` wrote as one word written again
    (the particle in lower case, as inside a sentence).

    Examples
    --------
    >>> pl.select(_particles_back(pl.lit("Friederike Ʋon-der-Hagen, Ʋon-Hagen"))).item()
    'Friederike von der Hagen, von Hagen'
    """
    for letter, mark in _PARTICLE_LETTERS.items():
        # (only where a particle stands: a text may have the letter itself)
        text = text.str.replace_all(f"{mark}(on|u)-(der|den)-", f"{letter}${{1}} ${{2}} ")
        text = text.str.replace_all(f"{mark}(on|u)-", f"{letter}${{1}} ")
    return text


def _as_german_marks(paragraphs: pl.DataFrame, found: pl.DataFrame) -> pl.DataFrame:
    """``paragraphs`` with the marks of every paired quote written „…“, for the rules.

    The attribution rules read German marks („…“ around a paper's name in a speaker, a
    quote right before a colon); a text in guillemets (»…«, «…»), straight or English marks
    reads the same to them once its paired marks are rewritten. Each mark is one character
    and stays one, so every offset holds in the text as written; the marks that open the
    paragraphs a quote goes on in are rewritten too, unpaired marks are left alone.
    ``found``: the pairs (``_p``, ``start``, ``_pe``, ``end_offset``, ``_closed``).

    Examples
    --------
    >>> frame = pl.DataFrame({"_p": [0], "text": ["»Nein«, sagte er."]})
    >>> pairs = pl.DataFrame({"_p": [0], "start": [0], "_pe": [0], "end_offset": [6],
    ...                       "_closed": [True]})
    >>> _as_german_marks(frame, pairs)["text"].to_list()
    ['„Nein“, sagte er.']
    """
    p_type = paragraphs.schema["_p"]
    edits = pl.concat(
        [
            found.select_seq("_p", pl.col("start").alias("_pos"), pl.lit("„").alias("_mark")),
            # (the re-opening mark of each paragraph a quote goes on in)
            found.filter(pl.col("_pe") > pl.col("_p"))
            .select_seq(pl.int_ranges(pl.col("_p") + 1, pl.col("_pe") + 1).alias("_p"))
            .explode("_p")
            .select_seq("_p", pl.lit(0, dtype=pl.Int64).alias("_pos"), pl.lit("„").alias("_mark")),
            found.filter(pl.col("_closed")).select_seq(
                pl.col("_pe").alias("_p"),
                (pl.col("end_offset") - 1).alias("_pos"),
                pl.lit("“").alias("_mark"),
            ),
        ]
    ).with_columns_seq(pl.col("_p").cast(p_type))
    edits = (
        edits.join(paragraphs.select_seq("_p", "text"), on="_p")
        .filter(
            pl.col("text").str.slice(pl.col("_pos"), 1).is_in(_MARKS)
            & (pl.col("text").str.slice(pl.col("_pos"), 1) != pl.col("_mark"))
        )
        .unique(["_p", "_pos"])
        .sort("_p", "_pos")
    )
    if edits.height == 0:
        return paragraphs
    # each paragraph as the text before each mark, the mark, and the rest after the last
    after = pl.col("_pos").shift(1).over("_p").fill_null(-1) + 1
    rewritten = (
        edits.with_columns_seq(
            (
                pl.col("text").str.slice(after, (pl.col("_pos") - after).clip(0)) + pl.col("_mark")
            ).alias("_piece")
        )
        .group_by("_p", maintain_order=True)
        .agg(
            pl.col("_piece").str.join(""),
            pl.col("text").last().str.slice(pl.col("_pos").last() + 1).alias("_rest"),
        )
        .select_seq("_p", (pl.col("_piece") + pl.col("_rest")).alias("_text"))
    )
    return (
        paragraphs.join(rewritten, on="_p", how="left", maintain_order="left")
        .with_columns_seq(pl.coalesce("_text", "text").alias("text"))
        .drop("_text")
    )


def _quote_text(found: pl.DataFrame, paragraphs: pl.DataFrame) -> pl.DataFrame:
    """The quote's text, start/end paragraph keys and ``end`` in start coordinates."""
    text = paragraphs.select_seq("_p", "article_id", "paragraph", "text")
    spans = (
        found.select_seq("_q", "_p", "_pe", "start", "end_offset", "_closed")
        .with_columns_seq(pl.int_ranges(pl.col("_p"), pl.col("_pe") + 1).alias("_pp"))
        .explode("_pp")
        .join(text.rename({"_p": "_pp"}), on="_pp", how="left")
        .with_columns_seq(
            pl.when(pl.col("_pp") == pl.col("_p"))
            .then(pl.col("start") + 1)
            # (past the re-opening mark of a paragraph the quote goes on in, where it has one)
            .when(pl.col("text").str.slice(0, 1).is_in(list(_CLOSES)))
            .then(1)
            .otherwise(0)
            .alias("_a"),
            pl.when((pl.col("_pp") == pl.col("_pe")) & pl.col("_closed"))
            .then(pl.col("end_offset") - 1)
            .when(pl.col("_pp") == pl.col("_pe"))
            .then(pl.col("end_offset"))
            .otherwise(pl.col("text").str.len_chars())
            .alias("_b"),
        )
        .with_columns_seq(
            pl.col("text")
            .str.slice(pl.col("_a"), (pl.col("_b") - pl.col("_a")).clip(0))
            .str.strip_chars()
        )
        .sort("_q", "_pp")
        .group_by("_q", maintain_order=True)
        .agg(pl.col("text").str.join("\n").str.strip_chars().alias("quote"))
    )
    start_keys = text.select_seq(
        "_p",
        "article_id",
        "paragraph",
        pl.col("text").alias("_ptext"),
        pl.col("text").str.len_chars().alias("_plen"),
    )
    end_keys = text.select_seq(
        pl.col("_p").alias("_pe"),
        pl.col("paragraph").alias("end_paragraph"),
        pl.col("text").alias("_etext"),
    )
    return (
        found.join(spans, on="_q", how="left")
        .join(start_keys, on="_p", how="left")
        .join(end_keys, on="_pe", how="left")
        .with_columns_seq(
            pl.when(pl.col("_p") == pl.col("_pe"))
            .then(pl.col("end_offset"))
            .otherwise(pl.col("_plen"))
            .alias("end")
        )
        .filter(pl.col("quote").str.contains(_latin(r"[\p{L}\d]")))
    )


def _contexts(q: pl.DataFrame, corpus: Corpus, paragraphs: pl.DataFrame) -> pl.DataFrame:
    """Sentence of the quote, the sentence text before it and after it, the sentence before."""
    # (the sentences' text from ``paragraphs``, whose quote marks are written „…“)
    sents = (
        corpus.sentences.join(
            paragraphs.select_seq("article_id", "paragraph", "_p", pl.col("text").alias("_pt")),
            on=["article_id", "paragraph"],
        )
        .with_columns_seq(
            pl.col("_pt")
            .str.slice(pl.col("start"), (pl.col("end") - pl.col("start")).clip(0))
            .alias("text")
        )
        .drop("_pt")
        .sort("_p", "sentence")
    )
    # a sentence inside a quote is the speaker's words, not the narrator's: no subject of it
    # speaks ("„Aber wir werden unsere Interessen verteidigen.“ „…“": not "Interessen")
    inside = (
        sents.select_seq("_p", "sentence", "start", "end")
        .join(q.select_seq("_p", pl.col("start").alias("_qs"), pl.col("end").alias("_qe")), on="_p")
        .filter(
            (pl.col("_qs") <= pl.col("start"))
            # (a full stop may follow the closing mark)
            & (pl.col("_qe") >= pl.col("end") - 1)
        )
        .select_seq("_p", "sentence", pl.lit(True).alias("_quoted"))
        .unique()
    )
    sents = sents.join(inside, on=["_p", "sentence"], how="left", maintain_order="left")
    sents = sents.with_columns_seq(
        pl.when(
            (pl.col("article_id").shift(1) == pl.col("article_id"))
            & ~pl.col("_quoted").shift(1).fill_null(False)
        )
        .then(pl.col("text").shift(1))
        .alias("_prev_text"),
        pl.when(pl.col("article_id").shift(1) == pl.col("article_id"))
        .then(pl.col("_p").shift(1))
        .alias("_prev_p"),
        pl.when(pl.col("article_id").shift(1) == pl.col("article_id"))
        .then(pl.col("start").shift(1))
        .alias("_prev_start"),
        *[
            pl.when(
                (pl.col("article_id").shift(k) == pl.col("article_id"))
                & (pl.col("_p").shift(k) == pl.col("_p"))
            )
            .then(pl.col(c).shift(k))
            .alias(f"_prev{k}{c.lstrip('_')}")
            for k in (2, 3)
            for c in ("text", "start")
        ],
        # (two sentences before, in the paragraph of the sentence before: the antecedent of
        # an "Er" that opens it, for a quote in the next paragraph)
        # (and three before, for a chain of indirect speech that closes that paragraph)
        *[
            pl.when(
                (pl.col("article_id").shift(k) == pl.col("article_id"))
                & (pl.col("_p").shift(k) == pl.col("_p").shift(1))
            )
            .then(pl.col(c).shift(k))
            .alias(f"_pp{'' if k == 2 else k}_{c}")
            for k in (2, 3)
            for c in ("text", "start")
        ],
        pl.when(pl.col("article_id").shift(-1) == pl.col("article_id"))
        .then(pl.col("text").shift(-1))
        .alias("_next_text"),
        pl.when(pl.col("article_id").shift(-1) == pl.col("article_id"))
        .then(pl.col("_p").shift(-1))
        .alias("_next_p"),
        pl.when(pl.col("article_id").shift(-1) == pl.col("article_id"))
        .then(pl.col("start").shift(-1))
        .alias("_next_start"),
    )
    first = (
        q.select_seq("_q", "_p", "start")
        .join(
            sents.select_seq(
                "_p",
                "sentence",
                pl.col("start").alias("_ss"),
                pl.col("end").alias("_se"),
                "_prev_text",
                "_prev_p",
                "_prev_start",
                "_prev2text",
                "_prev2start",
                "_prev3text",
                "_prev3start",
                "_pp_text",
                "_pp_start",
                "_pp3_text",
                "_pp3_start",
            ),
            on="_p",
        )
        .filter((pl.col("_ss") <= pl.col("start")) & (pl.col("start") < pl.col("_se")))
        .unique("_q", keep="first")
        .drop("_p", "start")
    )
    last = (
        q.select_seq("_q", "_pe", "end_offset")
        .join(
            sents.select_seq(
                pl.col("_p").alias("_pe"),
                pl.col("sentence").alias("_esent"),
                pl.col("start").alias("_es"),
                pl.col("end").alias("_ee"),
                "_next_text",
                "_next_p",
                "_next_start",
            ),
            on="_pe",
        )
        .filter(
            (pl.col("_es") <= pl.col("end_offset") - 1) & (pl.col("end_offset") - 1 < pl.col("_ee"))
        )
        .unique("_q", keep="first")
        .select_seq("_q", "_esent", "_ee", "_next_text", "_next_p", "_next_start")
    )
    q = q.join(first, on="_q", how="left").join(last, on="_q", how="left")
    return q.with_columns_seq(
        pl.col("_ptext")
        .str.slice(pl.col("_ss"), (pl.col("start") - pl.col("_ss")).clip(0))
        .fill_null("")
        .alias("_before"),
        pl.col("_etext")
        .str.slice(pl.col("end_offset"), (pl.col("_ee") - pl.col("end_offset")).clip(0))
        .fill_null("")
        .alias("_after"),
    ).with_columns_seq((pl.col("_before") + _HERE + pl.col("_after")).alias("_both"))


def _possible_rules(q: pl.DataFrame, rules: list[tuple[str, str]]) -> pl.DataFrame:
    """The rules (``column``, ``pattern``) that may match a text of a quote with no speaker
    yet: a boolean column for each (named by the rule's index), true in the rows where the
    rule's guard word (``_GUARDS``) and its :func:`_skeleton` are in the text.

    The guard words of all the rules, then the skeletons of the rules left, are each
    searched in one ``select`` (compiled in parallel: they are all different, unlike the
    patterns of the other steps, see the note above :data:`_SHARED_ONLY`). A rule left out
    cannot match: an :func:`_extract` with it would find nothing.
    """
    texts = [pl.col(column).fill_null("") for column, _ in rules]
    if "speaker" in q.columns:
        texts = [pl.when(pl.col("speaker").is_null()).then(t).otherwise(pl.lit("")) for t in texts]
    guards = q.select(
        (
            texts[n] != ""
            if (guard := next((g for w, g in _GUARDS.items() if w in pattern), None)) is None
            else texts[n].str.contains(_looser(guard))
        ).alias(str(n))
        for n, (_, pattern) in enumerate(rules)
    )
    live = [n for n in range(len(rules)) if guards[str(n)].any()]
    skeletons = {n: _skeleton(rules[n][1]) for n in live}
    found = q.hstack(guards).select(
        (
            pl.col(str(n))
            if skeletons[n] == rules[n][1]
            else pl.col(str(n)) & texts[n].str.contains(_looser(skeletons[n]))
        ).alias(str(n))
        for n in live
    )
    return found.select_seq(name for name in found.columns if found[name].any())


#: The columns of :func:`_rule_matches`.
_MATCH_SCHEMA = {
    "_q": pl.UInt32,
    "_n": pl.Int32,
    "_rule": pl.String,
    "_column": pl.String,
    "_text": pl.String,
    "_source": pl.Boolean,
    "_as": pl.Boolean,
    "_attach": pl.Boolean,
    "_xspk": pl.String,
    "_xcue": pl.String,
    "_xoff": pl.Int32,
}


def _rule_matches(q: pl.DataFrame) -> pl.DataFrame:
    """The matches of all the attribution rules (``_RULES``) in the texts around the quotes.

    One row per quote and rule that matches: ``_q``, ``_n`` (the rule's index), ``_rule``
    (its name), ``_column`` (the text it searched) and ``_text`` (that text), the rule's
    flags ``_source`` (its speaker may be the source of a report, *Wie X meldete*, *Laut X*),
    ``_as`` (a *wie* clause) and ``_attach`` (attached to the quote, :func:`_is_attached`),
    and the speaker the rule found, ``_xspk``, ``_xcue``, ``_xoff`` (as :func:`_extract`;
    null where it may be no speaker).

    Each rule that may match (:func:`_possible_rules`) is searched in the rows where it
    may; the speakers of all the rules are checked together (the checks compile once).
    """
    columns = sorted({column for _, column, _ in _RULES})
    possible = _possible_rules(q, [(column, pattern) for _, column, pattern in _RULES])
    base = q.select_seq("_q", *columns).hstack(possible)
    matches = []
    for name in possible.columns:
        n = int(name)
        rule, column, pattern = _RULES[n]
        # (one expression in a frame of its own: Polars runs it in this thread, which has
        # the pattern compiled already, from building the expression)
        groups = (
            base.filter(name)
            .select_seq("_q", column)
            .with_columns_seq(
                pl.col(column).fill_null("").str.extract_groups(_latin(pattern)).alias("_g")
            )
        )
        matches.append(
            groups.select_seq(
                "_q",
                pl.lit(n, dtype=pl.Int32).alias("_n"),
                pl.lit(rule).alias("_rule"),
                pl.lit(column).alias("_column"),
                pl.col(column).alias("_text"),
                pl.lit(
                    column == "_before"
                    and any(word in pattern for word in ("[Ww]ie", "aut)", "ach)", "zufolge)"))
                ).alias("_source"),
                pl.lit("[Ww]ie" in pattern).alias("_as"),
                pl.lit(n in _ATTACHED).alias("_attach"),
                _match_groups(groups),
            ).filter(pl.col("_g").struct.field("spk").is_not_null())
        )
    if not matches:
        return pl.DataFrame(schema=_MATCH_SCHEMA)
    return _checked(_standard_cue(pl.concat(matches)), pl.col("_text"), "_x").select_seq(
        *_MATCH_SCHEMA
    )


# Every step of this module evaluates its expressions one after another (``select_seq``,
# ``with_columns_seq``), not in parallel as ``select`` and ``with_columns`` do. The steps run
# on few rows, and their work is mostly compiling their patterns: Polars keeps the patterns
# it compiled in a small cache of each thread, so expressions spread over its threads compile
# the patterns they share once in each. In one thread they compile less: on the 1,028
# articles of 10kGNAD, ``quotes`` took 0.9 s less processor time (4.6 s to 3.8 s) and
# ``compare``, whose critical path the quotes are, 0.8 s less wall time (4.3 s to 3.5 s).

#: The one optimisation :func:`_with_shared` asks for.
_SHARED_ONLY = pl.QueryOptFlags.none(comm_subexpr_elim=True)
#: The engine of those lazy queries. Polars' default ("auto") runs them in the threads of
#: its streaming engine, each with a pattern cache of its own besides the ones of this
#: thread and of its pool, so the patterns the queries share with the eager steps are
#: compiled again there. A process that loads the 1,028 articles of 10kGNAD and finds their
#: quotes compiled 1,765 patterns with the in-memory engine instead of 2,557 (counted with a
#: probe on the regex crate's compiler; 37 of them are the loading's),
#: and ``quotes`` took 3.1 s of processor time instead of 3.9 s (medians of 4 runs).
_SHARED_ENGINE: Final = "in-memory"


def _with_shared(frame: pl.DataFrame, *exprs: pl.Expr) -> pl.DataFrame:
    """``frame.with_columns_seq(*exprs)``, with a part the expressions share evaluated once.

    The conditions of the rules name the same parts many times (a speaker that is like a
    person, a verb of saying), each a pattern search. An eager ``with_columns`` evaluates
    each again; a lazy query drops the common subexpressions.

    Examples
    --------
    >>> frame = pl.DataFrame({"text": ["sagte Merkel", "der Minister"]})
    >>> said = pl.col("text").str.contains("^sagte")
    >>> _with_shared(frame, said.alias("said"), (said & pl.lit(True)).alias("both")).rows()
    [('sagte Merkel', True, True), ('der Minister', False, False)]
    """
    return (
        frame.lazy()
        .with_columns_seq(*exprs)
        .collect(engine=_SHARED_ENGINE, optimizations=_SHARED_ONLY)
    )


def _assigned(
    q: pl.DataFrame,
    free: pl.Expr,
    *,
    speaker: pl.Expr,
    sp_p: pl.Expr,
    sp_s: pl.Expr,
    cue: pl.Expr | None = None,
    rule: pl.Expr | None = None,
) -> pl.DataFrame:
    """Set speaker, speaker position and (when given) cue and rule where ``free`` holds.

    ``free`` is evaluated once, as a column: ``with_columns`` would evaluate it again for
    each column it sets (Polars drops common subexpressions only in lazy queries).
    """
    values = {"speaker": speaker, "cue": cue, "_rule": rule, "_sp_p": sp_p, "_sp_s": sp_s}
    return (
        _with_shared(q, free.alias("_free"))
        .with_columns_seq(
            pl.when("_free").then(v).otherwise(pl.col(c)).alias(c)
            for c, v in values.items()
            if v is not None
        )
        .drop("_free")
    )


def _assigned_found(
    q: pl.DataFrame,
    free: pl.Expr,
    *,
    rule: pl.Expr,
    sp_p: pl.Expr,
    text_start: pl.Expr,
    cue: pl.Expr | None = None,
) -> pl.DataFrame:
    """:func:`_assigned` with the speaker a search found: ``_xspk``, at ``_xoff`` in a text
    that starts at ``text_start`` in paragraph ``sp_p``; the cue is ``_xcue`` unless given.
    """
    return _assigned(
        q,
        free,
        speaker=pl.col("_xspk"),
        cue=pl.col("_xcue") if cue is None else cue,
        rule=rule,
        sp_p=sp_p,
        sp_s=text_start + pl.col("_xoff"),
    )


def _no_saying(cue: pl.Expr, sentence: pl.Expr) -> pl.Expr:
    """The cue, a verb that also reports speech, does not in ``sentence``.

    "sicherte sich die Kontrolle" secured something; "sicherte zu" assured it. "meldete sich
    zurück" came back; "meldete" and "meldete sich zu Wort" report. "sah sich gezwungen" was
    made to act; "sah darin" gave a view. "führten eine Razzia durch" carried it out, "führten
    zu" led to something; "führte aus" explained. "Damit droht Europa eine Rückkehr" is
    impending, "drohte mit Vergeltung" threatened.
    """
    return (
        (
            cue.is_in(["sicherte", "sichert", "sicherten"])
            & sentence.str.contains(r"\bsicher\w*\s+sich\b")
        )
        | (
            cue.is_in(["meldete", "meldet", "meldeten", "melden"])
            & sentence.str.contains(r"\bmeld\w*\s+(?:\S+\s+)?sich\b")
            # (but "meldete sich zu Wort" spoke)
            & ~sentence.str.contains(r"\bzu\s+Wort\b")
        )
        # "sah sich gezwungen" was made to act, it gave no view
        | (
            cue.is_in(["sah", "sieht", "sahen", "sehen"])
            & sentence.str.contains(
                r"\b(?:sah|sieht|sahen|sehen)\s+sich\b[^.;:]{0,40}?\b(?:gezwungen|genötigt|"
                r"veranlasst|außerstande|imstande|in\s+der\s+Lage|konfrontiert|ausgesetzt)\b"
            )
        )
        # "führten eine Razzia durch" carried out, "führten zu" led to; only "führte aus"
        # explained
        | (
            cue.is_in(["führte", "führt", "führten", "führen"])
            & ~sentence.str.contains(r"\bführ\w*\b[^.;:!?„“»«]*?\saus\s*(?:[,.;:!?„“»«]|$)")
        )
        # "droht eine Rückkehr" is impending; "drohte mit Vergeltung", "drohte, ... zu", "drohte:"
        # threatened, and so did "drohte Moskau ... Sanktionen an" (androhen)
        | (
            cue.is_in(["droht", "drohte", "drohen", "drohten"])
            & ~sentence.str.contains(
                r"\bdroh\w*\b(?:[^.;:!?„“»«]*?\smit\s|(?:\s+[^\s,.;:!?„“»«]+){0,4}?\s*[,:]|"
                r"[^.;:!?„“»«]*?\san\s*(?:[,.;:!?]|$))"
            )
            # (right after a quote it says it: „…“, drohte der 69-Jährige)
            & ~sentence.str.contains(rf"(?:^|[“”»«\"{_HERE}])\s*,\s*droh\w*\s")
        )
    ).fill_null(False)


def _subject_before_mark(mark: str, clause: str, where: pl.Expr) -> pl.Expr:
    """Where a pronoun ``speaker`` after the last ``mark`` (":" or ";") of its sentence before
    the quote (or where ``where`` holds) takes up the person-like subject ``_xspk`` of the
    sentence, whose clause runs to that mark (``clause``: a pattern of the text from the subject
    on), of the pronoun's gender: "Sacharowa wurde deutlicher: Es sei bezeichnend, schrieb sie,
    „…“", "Westerwelle bestellte den Botschafter ein; die Verantwortlichen müssten „…“, sagte
    er"."""
    at = (
        pl.col("_before").str.len_chars()
        - pl.col("_before").str.extract(f"{mark}([^{mark}]*)$", 1).str.len_chars()
    ).cast(pl.Int64)
    return (
        pl.col("speaker").is_in(_PRONOUNS)
        & (where | ((pl.col("_sp_p") == pl.col("_p")) & (pl.col("_sp_s") >= pl.col("_ss") + at)))
        & pl.col("_before").str.slice(pl.col("_xoff").cast(pl.Int64)).str.contains(clause)
        & _person_like(pl.col("_xspk"))
        & ~pl.col("_xspk").is_in(_PRONOUNS)
        & _agrees(pl.col("speaker"), pl.col("_xspk"), pl.col("_ng"), pl.col("cue"))
    ).fill_null(False)


def _where(frame: pl.DataFrame, rows: pl.Expr, expr: pl.Expr, name: str) -> pl.DataFrame:
    """``frame`` with a boolean column ``name``: ``expr`` where ``rows`` holds, else false.

    ``expr`` is evaluated on those rows only: Polars evaluates every part of an expression on
    every row, and the large patterns of a rule that few rows need cost time on all of them.

    Examples
    --------
    >>> frame = pl.DataFrame({"n": [1, 2, 3]})
    >>> _where(frame, pl.col("n") > 1, pl.col("n") == 2, "two").get_column("two").to_list()
    [False, True, False]
    """
    indexed = frame.with_row_index("_where_i")
    found = indexed.filter(rows.fill_null(False)).select_seq(
        "_where_i", expr.fill_null(False).alias(name)
    )
    return (
        indexed.join(found, on="_where_i", how="left", maintain_order="left")
        .with_columns_seq(pl.col(name).fill_null(False))
        .drop("_where_i")
    )


def _subjunctive_gap(text: pl.Expr) -> pl.Expr:
    """Whether ``text``, a sentence with no verb in the subjunctive (``_SUBJUNCTIVE``), may go on
    with the indirect speech around it: it has a weak verb in the plural ("setzten"), whose
    subjunctive reads like its past, and no verb of saying.

    Examples
    --------
    >>> texts = ["Viele Firmen setzten auf den Bund.", "Die Polizei nahm ihn fest.",
    ...          "Die Firmen kritisierten den Bund.", "Die Lage sei ernst.",
    ...          "Thielen hat die Hoffnung auf einen guten Herbst.", "Die ersten Trauben reifen."]
    >>> pl.select(_subjunctive_gap(pl.lit(pl.Series(texts)))).to_series().to_list()
    [True, False, False, False, False, False]
    """
    # (the word in -ten after a noun or a pronoun, its subject; after an article, a
    # determiner or a preposition it is an adjective: "einen guten", "Die ersten")
    pairs = text.str.extract_all(_latin(r"\S+\s+\p{Ll}{2,}ten\b"))
    verb = pairs.list.eval(
        pl.element().str.contains(_latin(r"^(?:\p{Lu}[\p{L}-]*|sie|wir)\s"))
        & ~pl.element().str.contains(_DETERMINER_BEFORE)
    ).list.any()
    return (
        ~text.str.contains(_SUBJUNCTIVE_IN)
        & verb.fill_null(False)
        & ~text.str.contains(_VERB_WIDE_IN)
    )


#: A word before an adjective: an article, a determiner, a quantifier or a preposition.
_DETERMINER_BEFORE = (
    r"^(?i:die|der|das|den|dem|des|ein\w*|kein\w*|sein\w*|ihr\w*|unser\w*|dies\w*|jen\w*|"
    r"jed\w*|all\w*|viel\w*|wenig\w*|mehrer\w*|einig\w*|beide\w*|im|am|in|an|auf|aus|bei|"
    r"beim|mit|nach|von|vom|vor|zu|zum|zur|seit|für|über|unter|um|gegen|ohne|durch|bis)\s"
)


def _speakers(
    q: pl.DataFrame,
    known: Callable[[], pl.DataFrame] | None = None,
    subjects: Callable[[], pl.DataFrame] | None = None,
    genders: Callable[[], pl.DataFrame] | None = None,
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Apply the attribution rules; ``speaker, cue, _rule, _sp_p, _sp_s, _sp_e``.

    ``known`` gives (``article_id, _xspk, _person``) the names that stand for a person or
    another actor in an article (:func:`_known_persons`); a subject among the persons counts
    as person-like, and "man" in a place speaks only for an actor (*In Moskau sieht man*).
    It is called after the attribution rules (so the mentions it needs may be found
    meanwhile). ``subjects`` gives :func:`_all_subjects` of ``q`` (found here if not given).
    ``genders`` gives :func:`_name_genders` of the quotes' articles, joined to ``q`` (as
    ``_ng``) only where the rules first ask for it, so it too may be found meanwhile;
    without it, ``q`` must have ``_ng`` already.

    Also returns the subjects of all the texts around the quotes (:func:`_subjects`, for
    :func:`_resolve_pronouns`).
    """
    names: list[pl.DataFrame] = []

    def known_names(persons_only: bool) -> pl.DataFrame:
        """``article_id, _xname``: the names ``known()`` gives (of persons only, or of all)."""
        if not names:
            names.append(
                known()
                if known is not None
                else pl.DataFrame(
                    schema={"article_id": pl.String, "_xspk": pl.String, "_person": pl.Boolean}
                )
            )
        found = names[0].filter("_person") if persons_only else names[0]
        return found.select_seq("article_id", pl.col("_xspk").alias("_xname")).unique()

    def known_as(frame: pl.DataFrame, name: pl.Expr, persons_only: bool, flag: str) -> pl.DataFrame:
        """Add ``flag``: ``name`` (of the candidate ``_xspk``) is a name ``known()`` gives."""
        # (a flag of an earlier candidate is replaced: the loops below ask again)
        return (
            frame.drop(flag, strict=False)
            .with_columns_seq(name.alias("_xname"))
            .join(
                known_names(persons_only).with_columns_seq(pl.lit(True).alias(flag)),
                on=["article_id", "_xname"],
                how="left",
            )
            .drop("_xname")
            .with_columns_seq(pl.col(flag).fill_null(False))
        )

    def person(frame: pl.DataFrame) -> pl.DataFrame:
        """Add ``_kn``: the candidate ``_xspk`` names a person of the article."""
        # (a name with an apposition is the name: "Merz, der Oppositionsführer")
        return known_as(frame, pl.col("_xspk").str.replace(r",.*$", ""), True, "_kn")

    def actor(frame: pl.DataFrame) -> pl.DataFrame:
        """Add ``_ka``: the candidate ``_xspk`` (its article aside) is an actor of the article."""
        if frame.select_seq(pl.col("_xspk").is_null().all()).item():
            # (no candidate: the mentions are not asked for before they are needed)
            return frame.with_columns_seq(pl.lit(False).alias("_ka"))
        bare = pl.col("_xspk").str.replace(r"^[Dd](?:er|ie|as|em|en|es)\s+", "")
        return known_as(frame, bare, False, "_ka")

    # a quote inside the content of a claim is the claim's owner's (a clause rule below),
    # not the main clause's: Auf den Vorwurf der CDU, es handele sich um einen „…“,
    # antwortete die SPD
    q = q.with_columns_seq(
        pl.col("_before").str.contains(_IN_CLAIM).fill_null(False).alias("_in_claim"),
        pl.col("_before").str.contains(_DISPUTED_CLAIM).fill_null(False).alias("_disputed"),
    )
    # the first rule (in the order of _RULES) whose speaker passes its checks
    cands = _rule_matches(q).join(
        q.select_seq(
            "_q",
            "_before",
            "_after",
            "_in_claim",
            "_disputed",
            "_p",
            "_pe",
            "_ss",
            "end_offset",
        ),
        on="_q",
    )
    after = pl.col("_column") == "_after"
    free = (
        pl.col("_xspk").is_not_null()
        # (one's own account is the subject's: "Laut eigenen Angaben hat die Armee")
        & ~pl.col("_xspk").str.contains(r"^[Ee]igene[nmrs]?\s")
        # (a stance before a colon is a person's or a body's: not "Die Lage ist ernst: Es
        # gebe „…“")
        & ~((pl.col("_n") == _STANCE_COLON_N) & ~_person_like(pl.col("_xspk"))).fill_null(False)
        # ("es gibt" says nothing: Mit dem „…“ gibt es keine Verhandlungen)
        & ~(
            pl.col("_xcue").is_in(["gibt", "gab", "geben", "gaben"])
            & pl.col("_text").str.contains(r"\b(?:gibt|gab|geben|gaben)\s+es\b")
        ).fill_null(False)
    )
    # the source of the report is not the speaker when the main clause after it has its
    # own: Wie Tass meldete, sprach Lawrow von einer „…“ / Laut einem Bericht der BBC sagte
    # Saakaschwili, ... (only the rows it may concern are searched)
    source = (
        free
        & pl.col("_source")
        & (pl.col("_as") | pl.col("_xcue").str.to_lowercase().is_in(["laut", "nach", "zufolge"]))
    ).fill_null(False)
    rest = pl.when(source).then(
        pl.col("_text").str.slice(
            pl.col("_xoff").cast(pl.Int64) + pl.col("_xspk").str.len_chars().cast(pl.Int64)
        )
    )
    # (nor when a verb of saying comes right before it, its subject the speaker: X sagte
    # laut der Agentur RIA Nowosti, die Übung sei „…“)
    before_source = pl.col("_text").str.slice(0, pl.col("_xoff").cast(pl.Int64))
    # (after the quote too: „…“, erklärte X laut dem staatlichen Fernsehen)
    free = free & ~(
        after
        & pl.col("_xcue").str.to_lowercase().is_in(["laut", "nach"])
        & before_source.str.contains(_SAID_BY_SOURCE)
    ).fill_null(False)
    free = free & ~(
        source
        & (
            rest.str.contains(_MAIN_CLAUSE_SPEAKER)
            | rest.str.contains(_MAIN_CLAUSE_THREAT)
            | before_source.str.contains(_SAID_BY_SOURCE)
            | (
                rest.str.contains(_MAIN_CLAUSE_AUX)
                & (
                    rest.str.contains(_PARTICIPLE_IN_SENTENCE)
                    | pl.col("_after").str.contains(_PARTICIPLE_IN_SENTENCE)
                )
            )
        )
    ).fill_null(False)
    # (nor, after the quote, a noun after a conjunction that opens a clause of its own: „…“
    # bezeichnet und die russischsprachige Minderheit zum Widerstand aufgerufen)
    free = free & ~(
        after
        & _text_after(before_source, pl.col("_xcue")).str.contains(
            _latin(r"^\s(?:\p{Ll}+\s+)*?(?:und|oder|sowie|sondern)\s")
        )
    ).fill_null(False)
    # (nor, after the quote, a source after an attribution of its own: „…“, erklärte das
    # Ministerium, wie die Agentur Tass meldete)
    free = free & ~(after & pl.col("_as") & before_source.str.contains(_SAID_AS_SOURCE)).fill_null(
        False
    )
    free = (
        free
        # a quote inside a sentence-initial clause of saying belongs to that clause's
        # speaker, not to the main clause after it: Während X erklärte, ..., „…“, räumte Y ein
        & ~(pl.col("_attach") & pl.col("_before").str.contains(_SAYING_CLAUSE_FIRST)).fill_null(
            False
        )
        # (and a question to the one who answers it: Auf die Frage eines Reporters, „…?“,
        # antwortete X: the reporter's)
        & ~(
            pl.col("_attach")
            & pl.col("_before").str.contains(r"\b[Aa]uf\s+die\s+Frage\s+[^„“»«.!?:]{1,80}?,?\s*$")
        ).fill_null(False)
        & ~pl.col("_in_claim")
        & ~pl.col("_disputed")
        # a quote in an attribute: its participle is no verb of the sentence (Die als „…“
        # bezeichnete Gruppe kämpft)
        & ~(after & pl.col("_before").str.contains(_ATTRIBUTE_BEFORE)).fill_null(False)
        # a quote in a relative clause of the subject: after the comma that closes it, the
        # main clause's verb has that subject, and the noun after it is its object (Biden,
        # der die Nato als „…“ bezeichnete, betonte die Geschlossenheit: Biden, by the
        # relative clause)
        # (but where the quote ends the relative clause, a verb of saying or "so" right after
        # its comma attributes it: Polen habe einen Verbündeten, der „…“, so der Minister)
        & ~(
            after
            & pl.col("_before").str.contains(_RELATIVE_OPEN)
            & pl.col("_text").str.slice(0, pl.col("_xoff").cast(pl.Int64)).str.contains(",")
            & ~pl.col("_text")
            .str.slice(0, pl.col("_xoff").cast(pl.Int64))
            .str.contains(_latin(r"^[“”\"]?\s*,\s*\p{Ll}+\s+$"))
        ).fill_null(False)
        # a label, not a speaker, when the sentence goes on after the quoted words:
        # Facebook: „Bürgerwehren“ stellen Ausländer an den Pranger
        & ~(
            (pl.col("_rule") == "colon") & pl.col("_after").str.contains(_latin(r"^\s+\p{Ll}"))
        ).fill_null(False)
    )
    found = (
        # (its parts shared, see _with_shared)
        _with_shared(cands, free.alias("_free"))
        .filter("_free")
        .sort("_q", "_n")
        .unique("_q", keep="first", maintain_order=True)
        .select_seq(
            "_q",
            pl.col("_xspk").alias("speaker"),
            pl.col("_xcue").alias("cue"),
            "_rule",
            pl.when(after)
            .then(pl.col("_pe"))
            .otherwise(pl.col("_p"))
            .cast(pl.Int64)
            .alias("_sp_p"),
            (pl.when(after).then(pl.col("end_offset")).otherwise(pl.col("_ss")) + pl.col("_xoff"))
            .cast(pl.Int64)
            .alias("_sp_s"),
            # (whether an attached rule gave the speaker)
            pl.col("_attach").alias("_attached"),
        )
    )
    q = (
        q.drop("_in_claim", "_disputed")
        .join(found, on="_q", how="left", maintain_order="left")
        .with_columns_seq(pl.col("_attached").fill_null(False))
    )
    # "Darin heißt es: „…“": the author of the document of the sentence before (resolved
    # with the pronouns)
    therein_after = pl.col("_after").str.extract(_THEREIN_AFTER, 1)
    # (also a judgement in the passive there: Darin wird Russland als „…“ bezeichnet)
    judged_therein = (
        pl.when(pl.col("_before").str.contains(_THEREIN_PASSIVE))
        .then(pl.col("_after").str.extract(rf"^[^.;:!?„“»«]{{0,40}}?\b({_JUDGED})\b", 1))
        .otherwise(pl.lit(None, dtype=pl.String))
    )
    therein = pl.coalesce(
        pl.col("_before").str.extract(_THEREIN_BEFORE, 1), therein_after, judged_therein
    )
    # (a document the sentence before reports from is the one "darin" points to: "Wie es in
    # der Abschlusserklärung heißt, sollen ... Darin heißt es weiter: „…“")
    reported_document = (
        pl.when(pl.col("_prev_text").str.contains(r"\b(?:heißt|hieß)\b"))
        .then(
            pl.col("_prev_text").str.extract(
                rf"\b(?:[Ii]n|[Ii]m)\s+((?:(?:der|dem|einer|einem|seiner|ihrer)\s+)?"
                rf"(?:{_ADJ}\s+)*{_DOCUMENT_NOUN}(?:\s+(?:der|des)\s+(?:{_ADJ}\s+)*{_CAP_WORD})?)\b",
                1,
            )
        )
        .otherwise(pl.lit(None, dtype=pl.String))
    )
    q = _assigned(
        q,
        pl.col("speaker").is_null()
        & pl.col("_before").str.contains(_THEREIN_BEFORE).fill_null(False)
        & reported_document.is_not_null(),
        speaker=reported_document,
        cue=pl.col("_before").str.extract(_THEREIN_BEFORE, 1),
        rule=pl.lit("sentence"),
        sp_p=pl.col("_p"),
        sp_s=pl.col("_ss"),
    )
    # (attached after the quote, like "sagte er": „Wir beobachten die Lage“, hieß es)
    q = q.with_columns_seq(
        (
            pl.col("_attached")
            | (pl.col("speaker").is_null() & therein_after.is_not_null()).fill_null(False)
        ).alias("_attached")
    )
    # (the document the sentence before names, which stays the speaker where its author is
    # not found there: "Ägypten und Katar, die ..., veröffentlichten eine gemeinsame
    # Erklärung. Darin heißt es: „…“"; not a speaker named earlier)
    q = q.with_columns_seq(
        pl.when(pl.col("speaker").is_null() & therein.is_not_null())
        .then(
            pl.col("_prev_text").str.extract(
                rf"\b((?:(?:eine[mnrs]?|ein|die|der|den|dem|das|ihre[mnrs]?|seine[mnrs]?)\s+)?"
                rf"(?:{_ADJ}\s+)*{_DOCUMENT_NOUN})\b",
                1,
            )
        )
        .alias("_therein_doc")
    )
    q = _assigned(
        q,
        pl.col("speaker").is_null() & therein.is_not_null(),
        speaker=pl.lit(_ITS_AUTHOR),
        cue=therein,
        rule=pl.lit("sentence"),
        sp_p=pl.col("_p"),
        sp_s=pl.col("_ss"),
    )
    # the whole sentence around the quote: a passive agent, a relative clause, "Von „…“ sprechen X"
    here = pl.col("_before").str.len_chars().cast(pl.Int64)
    # (a rule that cannot match is not tried: see _possible_rules)
    possible = _possible_rules(q, [("_both", pattern) for pattern in _CLAUSE_RULES])
    clause_rules = [p for n, p in enumerate(_CLAUSE_RULES) if str(n) in possible.columns]
    extracted = _extracted(
        q, [("_both", pattern) for pattern in clause_rules], after_preposition=True
    )
    for pattern, speakers in zip(clause_rules, extracted, strict=True):
        q = _take(q, speakers)
        free = pl.col("speaker").is_null() & pl.col("_xspk").is_not_null()
        if pattern == _MAN_IN_CLAUSE:
            q = actor(q)
            free = free & pl.col("_ka")
        if pattern == _RELATIVE_CLAUSE:
            free = free & ~pl.col("_both").str.contains(_PASSIVE_RELATIVE).fill_null(False)
            # (after "das" a person-like speaker or a body of the lexicon only: in "das Gesetz,
            # das die Opposition als „…“ bezeichnete" the relative pronoun is the object)
            q = actor(q)
            neuter = (
                pl.col("_both")
                .str.slice(pl.col("_xoff") + pl.col("_xspk").str.len_chars())
                .str.contains(r"^,\s+das\s")
            )
            free = free & ~(neuter & ~_person_like(pl.col("_xspk")) & ~pl.col("_ka")).fill_null(
                False
            )
        if pattern == _CLAUSE_RULES[0]:
            # (an agent needs a passive: "Das Amt hat den Angriff auf den Hafen von Odessa als
            # „…“ verurteilt" is the office's, not Odessa's)
            # (or an attribute: "Die von Moskau als „…“ bezeichnete Gruppe")
            free = free & (
                pl.col("_both").str.contains(
                    r"\b(?:wird|wurde|werden|wurden|worden|würde|würden)\b"
                )
                | pl.col("_both").str.contains(
                    rf"{_HERE}[^.;:!?{_HERE}]{{0,80}}?\b{_JUDGED}e[nmrs]?\b"
                )
            ).fill_null(False)
        if pattern == _CLAIM_OF:
            # (no quoted word after "von einer", what one speaks of: sprach in einer Erklärung
            # von einer „…“, die „…“ haben werde)
            free = free & ~pl.col("_xspk").str.contains(r"^(?:einer|einem|einen)\s+„").fill_null(
                False
            )
        if pattern == _RELATIVE_OBJECT:
            # (or a capital or a body of the lexicon: "Die Offensive, die Baku als „…“
            # bezeichnete")
            q = actor(person(q))
            free = free & (
                pl.col("_kn")
                | pl.col("_ka")
                | _person_like(pl.col("_xspk")).fill_null(False)
                | pl.col("_both")
                .str.slice(0, pl.col("_xoff"))
                .str.contains(r",\s+(?:den|denen)\s+$")
                .fill_null(False)
            )
        in_after = pl.col("_xoff") > here
        q = _assigned(
            q,
            free,
            speaker=pl.col("_xspk"),
            cue=pl.col("_xcue"),
            rule=pl.lit("laut"),
            sp_p=pl.when(in_after).then(pl.col("_pe")).otherwise(pl.col("_p")),
            sp_s=pl.when(in_after)
            .then(pl.col("end_offset") + pl.col("_xoff") - here - len(_HERE))
            .otherwise(pl.col("_ss") + pl.col("_xoff")),
        ).drop("_xspk", "_xcue", "_xoff", "_ka", "_kn", strict=False)
    # the subject of the sentence: for full quotes, or where a verb of saying is in the sentence
    n_words = pl.col("quote").str.count_matches(_latin(r"[\p{L}\d]+"))
    saying = pl.col("_before").str.contains(_SAYING_SUBJECT_IN) | pl.col("_after").str.contains(
        _SAYING_SUBJECT_IN
    )
    # the subjects of all the texts the steps below look in, in one search (see _subjects);
    # each step takes those of the rows it asks about (and of the quote's own clause after a
    # semicolon: see below)
    semicolon = pl.col("_before").str.extract(_SEMICOLON_CLAUSE, 1)
    all_subjects = _all_subjects(q) if subjects is None else subjects()
    # the subject of the quote's own clause after a semicolon that says something is the
    # sentence's: Auch die USA riefen zur Zurückhaltung auf; ein Sprecher des Außenministeriums
    # sagte, man stehe in Kontakt „mit allen Beteiligten“ (the spokesman, not the USA)
    own_clause_subjects = all_subjects.filter(
        (pl.col("_col") == "_before_sc")
        & pl.col("_xcue").str.contains(f"^{_VERB_WIDE}$").fill_null(False)
        & ~pl.col("_xspk").is_in(_PRONOUNS).fill_null(True)
    ).with_columns_seq(pl.lit("_before").alias("_col"))
    all_subjects = pl.concat(
        [
            all_subjects.filter(pl.col("_col") != "_before_sc").join(
                own_clause_subjects.select_seq("_q", "_col"), on=["_q", "_col"], how="anti"
            ),
            own_clause_subjects,
        ]
    )
    # ... also over a speaker a rule found in the clause before the semicolon: Im Fernsehen
    # hieß es, ...; westliche Militärkreise wiesen dies als „…“ zurück (the circles, not
    # the broadcaster)
    before_semicolon = pl.col("_ss") + semicolon.str.len_chars()
    q = q.join(own_clause_subjects.select_seq("_q", "_xspk", "_xcue", "_xoff"), on="_q", how="left")
    q = _assigned(
        q,
        (
            pl.col("_xspk").is_not_null()
            & pl.col("speaker").is_not_null()
            & (pl.col("_sp_p") == pl.col("_p"))
            & (pl.col("_sp_s") < before_semicolon)
        ).fill_null(False),
        speaker=pl.col("_xspk"),
        cue=pl.col("_xcue"),
        rule=pl.lit("sentence"),
        sp_p=pl.col("_p"),
        sp_s=pl.col("_ss") + pl.col("_xoff"),
    ).drop("_xspk", "_xcue", "_xoff")
    # after a quote in a relative clause of the subject that opens the sentence, the verb of
    # the main clause is that subject's, and the noun after it is its object: Ein Überläufer,
    # der unter dem Pseudonym „Kim Tae-ho“ in Seoul lebt, beschreibt die Stimmung als ...
    # (the quote as one word: the pattern takes no quote marks in the relative clause)
    all_subjects = all_subjects.join(
        all_subjects.filter(pl.col("_col") == "_after")
        .join(q.select_seq("_q", "_before", "_after"), on="_q")
        .filter(
            pl.concat_str(
                pl.col("_before").fill_null(""),
                pl.lit("Zitat"),
                pl.col("_after").str.slice(0, pl.col("_xoff")),
            )
            .str.contains(_SUBJECT_THEN_RELATIVE)
            .fill_null(False)
            # (not an article before a noun, where an object opens the sentence: Forderungen
            # der Linken, die Gewinne „…“ zu verwenden, lehnte X ab)
            & ~pl.col("_before")
            .str.contains(_latin(r",\s+(?:der|die|das)\s+\p{Lu}"))
            .fill_null(False)
        )
        .select_seq("_q", "_col"),
        on=["_q", "_col"],
        how="anti",
    )

    def subject_in(frame: pl.DataFrame, column: str, where: pl.Expr) -> pl.DataFrame:
        """What ``_subject(frame, column, where)`` gives, from ``all_subjects``."""
        return (
            all_subjects.filter(pl.col("_col") == column)
            .drop("_col")
            .join(frame.filter(where).select_seq("_q"), on="_q", how="semi")
        )

    # (the subjects before quotes attributed to "er"/"sie" right after them are kept for later)
    attached_pronoun = pl.col("speaker").is_in(_PRONOUNS) & pl.col("_attached")
    # the subject's verb is in the subjunctive: of indirect speech (any verb in the third
    # person in -e: "zeige", "spiele"; "sei", "hätte", "stünde")
    subjunctive_cue = (
        (pl.col("_xcue").str.contains(_latin(r"^\p{Ll}*[^t\W]e$")) & (pl.col("_xcue") != "wurde"))
        | pl.col("_xcue").str.contains(rf"^(?:{_SUBJUNCTIVE})$")
        | pl.col("_xcue").is_in(_SUBJUNCTIVE_SINGULAR)
        | pl.col("_xcue").is_in(_SUBJUNCTIVE_II)
    )
    for column in ("_before", "_after"):
        where = pl.col("speaker").is_null()
        if column == "_before":
            # (and a pronoun after a colon of the quote's sentence: see own_subject below)
            where = (
                where
                | attached_pronoun
                | (pl.col("speaker").is_in(_PRONOUNS) & pl.col("_before").str.contains(":"))
            )
        found = subject_in(q, column, where)
        if column == "_before":
            before_subjects = found
            # a short quote whose own sentence has a subject that does something (a verb in
            # the indicative that neither says nor carries words: "Der Minister besuchte die
            # „Frontstadt“ Charkiw") is the writer's label: no speaker of the sentence or the
            # paragraph before speaks it
            # (a verb by the lexicon, or a form in -t, -te, -ten that it knows as an adjective:
            # not "habe wegen"; nor "heißt es", which reports)
            doing = (
                found.join(q.select_seq("_q", "_before", "_after"), on="_q", how="left")
                .filter(
                    pl.col("_xcue").is_not_null()
                    & ~(
                        pl.col("_xcue").str.contains(f"^{_VERB_WIDE}$")
                        # (not "Damit droht Europa eine Rückkehr in die „…“")
                        & ~_no_saying(
                            pl.col("_xcue"), pl.concat_str("_before", "_after", separator=" ")
                        )
                    )
                    & ~pl.col("_xcue").is_in(_CARRIES_WORDS)
                    & ~pl.col("_xcue").is_in(_NOT_VERBS)
                    & ~pl.col("_xcue").is_in(_REACTED)
                    & ~pl.col("_xcue").is_in(["heißt", "hieß", "heißen", "hießen"])
                    & ~subjunctive_cue
                    & ~pl.col("_xspk").is_in([*_PRONOUNS, "es", "Es", "man", "Man", "So"])
                )
                .join(
                    _closed_class_words()[0].filter(
                        ~pl.col("_xcue").str.contains(r"(?:t|te|ten)$")
                    ),
                    on="_xcue",
                    how="anti",
                )
                .get_column("_q")
            )
            # (and so is a reputation in the indicative: "Nawalny, der als bekanntester
            # »Systemgegner« Russlands gilt", "Er galt als „Hardliner“")
            reputation = (
                pl.col("_before").str.contains(_REPUTATION_BEFORE)
                | (
                    pl.col("_before").str.contains(_latin(r"\bals\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}$"))
                    & ~pl.col("_before").str.contains(_AGENT_BEFORE)
                    & pl.col("_after").str.contains(_REPUTATION_AFTER)
                )
            ).fill_null(False)
            short = pl.col("quote").str.count_matches(_latin(r"[\p{L}\d]+")) <= 5
            q = q.with_columns_seq(
                ((pl.col("_q").is_in(doing.implode()) | reputation) & short).alias("_doing"),
                # (a label is no one's words even in a sentence where someone speaks: "Der
                # 65-Jährige, der im Westen als „…“ bezeichnet wird, sprach von einer „…“")
                (reputation & short).alias("_label"),
            )
            found = _inner_reporter(found, q)
        # (whether the subject is person-like, as a column: the checks below ask three times)
        q = person(q.join(found, on="_q", how="left")).with_columns_seq(
            _person_like(pl.col("_xspk")).alias("_xlike")
        )
        person_like = pl.col("_xlike")
        # (a short quote in a main clause of its own after the subject's: Der Minister kam
        # zu spät, es drohte das „Chaos“)
        matrix = pl.col("_before").str.replace(r",[^,]*$", "")
        own_clause = (
            pl.lit(column == "_before")
            & pl.col("_before").str.contains(_OWN_CLAUSE)
            & ~matrix.str.contains(_SAYING_SUBJECT_IN)
            & ~matrix.str.contains(_VIEW_CLAUSE)
        ).fill_null(False)
        # (also an auxiliary in the subjunctive after the subject: "Seine Regierung habe
        # lediglich „…“ geschützt")
        subjunctive = subjunctive_cue | pl.col(column).str.slice(
            pl.col("_xoff") + pl.col("_xspk").str.len_chars()
        ).str.contains(_AUX_SUBJUNCTIVE).fill_null(False)
        free = (
            pl.col("speaker").is_null()
            & pl.col("_xspk").is_not_null()
            # the subject of a verb in the subjunctive, in a sentence with no verb of saying,
            # is part of someone else's indirect speech, no speaker (Außerdem hätte der
            # Sender Roßmüller „…“ gegeben, after „…“, so Suttner)
            & ~(subjunctive & ~saying & ~pl.col("_xspk").is_in(_PRONOUNS)).fill_null(False)
            # ... and so is "er" or "sie" there when the sentence before in the paragraph
            # reports someone's words: the indirect speech goes on (Der Botschafter nannte die
            # Entscheidung „…“. Sie bringe den Konflikt „…“: the ambassador's words, whatever
            # "sie" stands for; the sentence before gives him)
            & ~(
                subjunctive
                & ~saying
                & pl.col("_xspk").is_in(_PRONOUNS)
                & (pl.col("_prev_p") == pl.col("_p"))
                & pl.col("_prev_text").str.contains(_SAYING_SUBJECT_IN)
            ).fill_null(False)
            # a quote inside a noun phrase that a verb other than one of saying follows with
            # no comma is part of the subject; the noun after the verb is its object
            # (Putins „Friedensplan“ sieht die Abtretung ... vor)
            & ~(
                pl.lit(column == "_after")
                & pl.col("_before").str.contains(_latin(r"\p{L}\s*$"))
                & pl.col("_after").str.contains(_latin(r"^\s+\p{Ll}"))
                & ~pl.col("_xcue").str.contains(f"^{_VERB}$")
            ).fill_null(False)
            # ... and a quoted adjective after an article: the noun after the quote is the head
            # of its phrase, no subject (der Welt ein „unipolares“ Modell aufzwingen zu wollen)
            & ~(
                pl.lit(column == "_after")
                & pl.col("_before").str.contains(
                    r"\b(?:[Ee]in|[Ee]ine[mnrs]?|[Dd](?:er|ie|as|en|em|es))\s*$"
                )
                & pl.col("_after").str.contains(_latin(r"^\s+\p{Lu}"))
                & (pl.col("_xoff") <= 1)
            ).fill_null(False)
            # a thing of someone's ("Seine Zuversicht gründet sich auf ...") stands for its
            # owner, named before: no speaker of its own
            & ~(
                pl.col("_xspk").str.contains(_POSSESSIVE_THING)
                & ~pl.col("_xspk").str.contains(_CLOSE_PERSON)
                & ~person_like
                & ~pl.col("_kn")
            )
            # a thing as the subject of a verb in the subjunctive of indirect speech is said
            # by someone else (Die Studie zeige in Wahrheit, „…“): a person or body speaks
            & ~(subjunctive_cue & ~person_like & ~pl.col("_kn"))
            & ~_no_saying(pl.col("_xcue"), pl.col("_both"))
            # (a claim the subject disputes: Peskow wies den Vorwurf zurück, Russland habe „…“)
            & ~pl.col("_before").str.contains(_DISPUTED_CLAIM).fill_null(False)
            # (a quote in an attribute: Die als „…“ bezeichnete Gruppe kämpft)
            & ~(
                pl.lit(column == "_after") & pl.col("_before").str.contains(_ATTRIBUTE_BEFORE)
            ).fill_null(False)
            # the subject of a passive of judgement is judged (its agent, if any, speaks:
            # a clause rule above): Die Gruppe wurde in Kiew als „…“ bezeichnet
            & ~(
                (
                    pl.col("_xcue").is_in(["wird", "wurde", "werden", "wurden"])
                    & pl.col("_both").str.contains(_PASSIVE_JUDGEMENT)
                )
                | (
                    pl.col("_xcue").is_in(["ist", "war", "sind", "waren"])
                    & pl.col("_both").str.contains(rf"\b{_JUDGED}\s+worden\b")
                )
                # (also with a clause of another verb before: Die Wiener Linien gelten als
                # SPÖ-nah und wurden im „Standard“ als „…“ bezeichnet)
                | (
                    pl.col("_before").str.contains(
                        r"\bund\s+(?:wird|wurde|werden|wurden)\b(?:[^,;:„“»«.!?]|„[^„“]{1,40}“)*$"
                    )
                    & pl.col("_both").str.contains(_PASSIVE_JUDGEMENT)
                )
                # (a verb that says nothing here: Er sah sich gezwungen, ... zu „…“)
                | _no_saying(pl.col("_xcue"), pl.col("_both"))
                # (and of any passive with no sign of saying: Er wurde wegen „…“ angezeigt;
                # a source opening the sentence is one: Wie X mitteilte, wurde ...)
                | (
                    pl.col("_xcue").is_in(["wird", "wurde", "werden", "wurden"])
                    & ~saying
                    & ~pl.col("_before").str.contains(r"^\s*[Ww]ie\s[^,„“»«]*,")
                )
            ).fill_null(False)
            & (
                (n_words > 5)
                | pl.col("_before").str.contains(r":\s*$")
                # (an abstract thing as the subject of a verb of doing does not say what the
                # sentence reports: "könnte es eine Überraschung geben: ..., berichtet der
                # „Kurier“")
                | (
                    saying
                    & ~own_clause
                    & (
                        person_like
                        | pl.col("_kn")
                        | pl.col("_xcue").str.contains(_latin(rf"^\p{{Ll}}*(?:{_VERB_WIDE})$"))
                        # (a state, a body or a share of those asked may do so: Die Ukraine
                        # hat Russland beschuldigt, „…“; 37 Prozent sind der Auffassung, dass
                        # ...; only an abstract thing may not)
                        | ~pl.col("_xspk").str.contains(
                            r"^(?:(?:[Dd](?:er|ie|as)|[Ee]ine?)\s+)?(?:\p{Ll}+\s+)*"
                            r"\p{Lu}\p{Ll}+(?:ung|heit|keit|tät|ion|ismus|nis)$"
                        )
                    )
                )
                | pl.col("_after").str.contains(_SAYING_SUBJECT_IN)
                # (a person-like or known subject of a verb of doing does not say a short
                # quote of its sentence: Der Minister besuchte die „Frontstadt“)
                | (
                    (person_like | pl.col("_kn"))
                    & ~own_clause
                    & (
                        pl.col("_xcue").is_in(_CARRIES_WORDS)
                        | pl.col("_xcue").str.contains(_latin(rf"^\p{{Ll}}*(?:{_VERB_WIDE})$"))
                        | subjunctive_cue
                        # (or a noun of words right before the quote: beendete seine Rede
                        # mit dem Satz „…“)
                        | pl.col("_before").str.contains(rf"\b{_alternatives(_WORDS_OF)}\s*:?\s*$")
                        # (or a name the subject gives itself or a thing it presents:
                        # präsentiert sich als „…“, stellte die Pläne als „…“ dar)
                        | pl.col("_before").str.contains(
                            r"\bsich\s+(?:selbst\s+|gern\s+|gerne\s+|nun\s+)?als\s*$"
                        )
                        | (
                            pl.col("_before").str.contains(r"\sals\s*$")
                            & pl.col("_xcue").str.contains(
                                r"^(?:präsentier|verkauf|inszenier|stellt|stellte|darstell)"
                            )
                        )
                    ).fill_null(True)
                )
                | (pl.col("_xspk").str.contains(_REPORT_SUBJECT) & ~subjunctive_cue)
            )
        )
        base_p = pl.col("_pe") if column == "_after" else pl.col("_p")
        base_off = pl.col("end_offset") if column == "_after" else pl.col("_ss")
        q = _assigned_found(
            q, free, rule=pl.lit("sentence"), sp_p=base_p, text_start=base_off
        ).drop("_xspk", "_xcue", "_xoff", "_kn", "_xlike")
    # other quotes of the same sentence, then of the same paragraph
    q = q.sort("_q")
    # a pronoun subject yields to the name an attribution after another quote of its
    # sentence gives: Sie wisse, dass „…“ sei, hatte X gesagt, doch „…“ (both X's; not
    # a name in a subordinate clause: Zwar würde sie „…“, zumal X betont hatte, ...)
    # a sentence and its attribution after it: Sie sei „geschockt“ über das Geschehen,
    # sagte die Königin, ihre „Gedanken …“ (the name comes after the pronoun's quote)
    attributed = pl.col("_rule").is_in(["after", "before", "sentence"]) & ~pl.col("speaker").is_in(
        _PRONOUNS
    )
    by_name = {
        c: pl.when(attributed).then(pl.col(c)).forward_fill().backward_fill().over("_p", "sentence")
        for c in ("speaker", "_sp_p", "_sp_s", "_rule")
    }
    later = (by_name["_sp_p"] > pl.col("_pe")) | (
        (by_name["_sp_p"] == pl.col("_pe")) & (by_name["_sp_s"] >= pl.col("end_offset"))
    )
    q = _assigned(
        q,
        pl.col("speaker").is_in(_PRONOUNS)
        & (pl.col("_rule") == "sentence")
        & by_name["speaker"].is_not_null()
        & ((by_name["_rule"] == "after") | later),
        speaker=by_name["speaker"],
        cue=pl.lit("same paragraph"),
        rule=pl.lit("shared"),
        sp_p=by_name["_sp_p"],
        sp_s=by_name["_sp_s"],
    )
    # a quote that is a sentence of its own right after a sentence of saying of the same
    # paragraph is that sentence's subject's (below), not an earlier speaker's: „…“, sagte
    # X. Die Linke widersprach. „Mehr Waffen bringen keinen Frieden.“
    said = (
        q.select_seq("_q")
        .join(subject_in(q, "_prev_text", pl.col("speaker").is_null()), on="_q", how="left")
        .select_seq(
            (
                pl.col("_xcue").str.contains(f"^{_VERB_WIDE}$") | pl.col("_xcue").is_in(_REACTED)
            ).fill_null(False)
            & ~pl.col("_xspk").is_in(_PRONOUNS).fill_null(False)
        )
        .to_series()
    )
    # (or a reaction that came from someone: Kritik kam von X. „…“)
    reacted = pl.Series([False] * q.height)
    for speakers in _extracted(q, [("_prev_text", _REACTION), ("_prev_text", _REACTION_FIRST)]):
        reacted = reacted | _take(q, speakers)["_xspk"].is_not_null()
    said_before = (said | reacted) & q.select_seq(
        (pl.col("_prev_p") == pl.col("_p")).fill_null(False)
        & (pl.col("_before").str.strip_chars() == "")
        & pl.col("_after").str.contains(r"^[\s.!?]*$")
        & pl.col("quote").str.contains(r"[.!?…]$")
    ).to_series()
    # (a name in quote marks right after its noun gives no speaker found after it to the
    # others: its sentence goes on around it, "Der Chef des Wahlbündnisses „Irakija“, X, warf
    # Y vor"; the subject of its sentence it does: "X drohte im Sender „Al-Manar“ mit einer
    # Antwort „…“")
    name_like = (
        (pl.col("_rule") == "after")
        & pl.col("quote").str.contains(
            _latin(r"^\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,2}$")
        )
        & pl.col("_before").str.contains(_latin(r"\b\p{Lu}\p{Ll}+\s*$"))
    ).fill_null(False)
    for keys, sources in (
        (["_p", "sentence"], ["after", "before", "colon", "laut", "sentence"]),
        (["_p"], ["after", "before", "colon", "laut"]),
    ):
        own = pl.col("_rule").is_in(sources) & ~name_like
        filled = {
            c: pl.when(own).then(pl.col(c)).forward_fill().backward_fill().over(keys)
            for c in ("speaker", "_sp_p", "_sp_s")
        }
        free = pl.col("speaker").is_null() & filled["speaker"].is_not_null() & ~pl.col("_label")
        if keys == ["_p"]:
            free = (
                free
                & (pl.col("quote").str.count_matches(_latin(r"[\p{L}\d]+")) <= 5)
                & ~said_before
                & ~pl.col("_doing")
            )
            # indirect speech after a sentence of the paragraph takes up what came before, not
            # a speaker named later (Der Richter begründete das Urteil. Der Angeklagte habe „…“
            # gehandelt. ... „…“, sagte Anwalt Klein): left to the sentence before (below)
            # (also where the speaker before was named before that sentence: Ähnlich äußerte
            # sich X. Europa dürfe „…“ is X's, not the one of a quote before)
            earlier = pl.when(own).then(pl.col("speaker")).forward_fill().over(keys)
            earlier_p = pl.when(own).then(pl.col("_sp_p")).forward_fill().over(keys)
            earlier_s = pl.when(own).then(pl.col("_sp_s")).forward_fill().over(keys)
            free = free & ~(
                (
                    earlier.is_null()
                    | (earlier_p < pl.col("_p"))
                    | ((earlier_p == pl.col("_p")) & (earlier_s < pl.col("_prev_start")))
                )
                & (pl.col("_prev_p") == pl.col("_p"))
                & (
                    pl.col("_before").str.contains(_SUBJUNCTIVE_IN)
                    | pl.col("_after").str.contains(_SUBJUNCTIVE_IN)
                )
            ).fill_null(False)
        q = _assigned(
            q,
            free,
            speaker=filled["speaker"],
            cue=pl.lit("same paragraph"),
            rule=pl.lit("shared"),
            sp_p=filled["_sp_p"],
            sp_s=filled["_sp_s"],
        )
    # a quote that opens its sentence, taken up by the next one: „…“ Das sagte X / So X.
    taken_up = [
        ("_next_text", pl.col("_next_p"), pl.col("_next_start"), _TAKEN_UP_QUOTED),
        ("_next_text", pl.col("_next_p"), pl.col("_next_start"), _TAKEN_UP_QUOTED_ON_DAY),
        ("_after", pl.col("_pe"), pl.col("end_offset"), _TAKEN_UP),
        ("_next_text", pl.col("_next_p"), pl.col("_next_start"), _TAKEN_UP),
        ("_next_text", pl.col("_next_p"), pl.col("_next_start"), _TAKEN_UP_AFTER),
        ("_next_text", pl.col("_next_p"), pl.col("_next_start"), _TAKEN_UP_OBJECT),
        ("_next_text", pl.col("_next_p"), pl.col("_next_start"), _TAKEN_UP_LATER),
        # the speaker in brackets after the quote: „…“ (Heinz-Christian Strache)
        ("_after", pl.col("_pe"), pl.col("end_offset"), _BRACKETED),
        ("_next_text", pl.col("_next_p"), pl.col("_next_start"), _BRACKETED),
    ]
    possible = _possible_rules(q, [(rule[0], rule[3]) for rule in taken_up])
    taken_up = [r for n, r in enumerate(taken_up) if str(n) in possible.columns]
    extracted = _extracted(q, [(column, pattern) for column, _, _, pattern in taken_up])
    for (column, base_p, base_off, pattern), speakers in zip(taken_up, extracted, strict=True):
        q = _take(q, speakers)
        free = (
            pl.col("speaker").is_null()
            & pl.col("_xspk").is_not_null()
            & (pl.col("_before").str.strip_chars() == "")
        )
        if column == "_next_text":
            free = free & pl.col("_after").str.contains(r"^[\s.!?“”\"]*$")
        if pattern == _TAKEN_UP_AFTER:
            # ("damit" before a clause with "dass" points to that clause, not to the quote:
            # „…“ Experten rechnen damit, dass der Abzug Jahre dauert; and "droht damit" is
            # impending: „…“ Der Krieg droht damit zu einem „…“ zu werden)
            free = (
                free
                & ~pl.col(column)
                .str.contains(r"^[^.!?]*?\b(?:damit|so)\s*,\s*(?:dass|daß|ob|wenn)\b")
                .fill_null(False)
                & ~_no_saying(pl.col("_xcue"), pl.col(column))
            )
        if pattern in (_TAKEN_UP_OBJECT, _TAKEN_UP_LATER):
            # (a verb of saying only: not „…“ X glaubt das nicht)
            free = free & pl.col("_xcue").str.contains(f"^{_VERB}$").fill_null(False)
        if pattern in (_TAKEN_UP, _TAKEN_UP_AFTER):
            # (an article with its adjective is no verb: „…“ Das russische Ministerium ...;
            # and the verb says or answers: not „…“ Das ist die Lage, Das zeigt die Geschichte)
            free = (
                free
                & ~pl.col("_xcue").str.contains(_ADJECTIVE_FORM).fill_null(False)
                & (
                    pl.col("_xcue").str.contains(f"^{_VERB_WIDE}$")
                    | pl.col("_xcue").is_in(
                        [*_REACTED, *_MODAL, "kommentierte", "kommentiert", "findet", "fand"]
                    )
                    # (a summary: „…“ So fasst X die Lage zusammen)
                    | (
                        pl.col("_xcue").is_in(["fasst", "fasste", "fassen", "fassten"])
                        & pl.col(column).str.contains(r"^[^.!?]*\bzusammen\b")
                    )
                    # (a certainty or an assumption: Davon ist X überzeugt, Da ist sich X
                    # sicher, Davon geht X aus)
                    | (
                        pl.col("_xcue").is_in(["ist", "war", "sind", "waren"])
                        & pl.col(column).str.contains(
                            r"^(?:[\s.!?“”\"]*(?:Davon|Dessen|Da|Darin)|[“”\"]?\s*[–—]\s*davon)"
                            r"\s+[^.!?]*?\b(?:überzeugt|sicher|gewiss|einig)\b"
                        )
                    )
                    | (
                        pl.col("_xcue").is_in(["geht", "ging", "gehen", "gingen"])
                        & pl.col(column).str.contains(r"^[\s.!?“”\"]*Davon\s+\S+\s+[^.!?]*?\baus\b")
                    )
                    # (any verb after "Mit diesen Worten", "Mit dieser Aussage": the words
                    # are named)
                    | pl.col(column).str.contains(r"^[\s.!?“”\"]*,?\s*[Mm]it\s")
                    # (or names the words: Das ist die zentrale Aussage einer Studie)
                    | (
                        pl.col("_xcue").is_in(["ist", "war", "lautet", "lautete"])
                        & pl.col("_xspk").str.contains(_OPINION_NOUNS)
                    )
                ).fill_null(False)
                & ~pl.col("_xcue").is_in(_SHOWS)
                & ~_disputes(pl.col("_xcue"), pl.col(column))
            )
        q = _assigned_found(
            q, free, rule=pl.lit("sentence"), sp_p=base_p, text_start=base_off
        ).drop("_xspk", "_xcue", "_xoff")
    # any quote in a sentence that the next one attributes as a whole with a verb of saying
    # (... eine „leistungsaushelfende Versicherung“ ... Dies gibt der Verband bekannt.) or
    # names as someone's words, the quote's sentence ending after it (... „…“ schaffen.
    # Von diesem Versprechen des Präsidenten ...)
    sentence_ends = pl.col("_after").str.contains(r"^[^„“»«.!?]*[.!?]?[\s“”\"]*$")
    next_rules = [
        (_TAKEN_UP_QUOTED, pl.lit(True), False),
        (_TAKEN_UP_QUOTED_ON_DAY, pl.lit(True), False),
        (
            _TAKEN_UP,
            (
                pl.col("_xcue").str.contains(f"^(?:{_VERB_WIDE}|gibt|gab)$")
                # (any verb after "Mit diesen Worten": the words are named, as above)
                | pl.col("_next_text").str.contains(_WITH_THESE_WORDS).fill_null(False)
            )
            & ~pl.col("_xcue").is_in(_SHOWS)
            # (with these words one disputes something else: „…“ Mit diesen Worten wies X die
            # Kritik zurück)
            & ~(
                _disputes(pl.col("_xcue"), pl.col("_next_text"))
                & ~pl.col("_next_text").str.contains(_WITH_THESE_WORDS).fill_null(False)
            ),
            False,
        ),
        (_DOCUMENT_AFTER, sentence_ends, True),
        (_OWNED_AFTER, sentence_ends, True),
        (_FROM_AFTER, sentence_ends, True),
        (_VIEW_AFTER, sentence_ends, False),
        (_SO_AFTER, sentence_ends, True),
        (_ASCRIBED_AFTER, sentence_ends, True),
    ]
    # (a reaction of a place or a body before the quote, taken up by "Mit diesen Worten",
    # "Das", "So" and the one who spoke: "Die Antwort aus Moskau kam prompt: „…“ Mit diesen
    # Worten reagierte die Sprecherin ..., X": X; "„…“ Das erklärte die Sprecherin X", "„…“
    # So heißt es in einer Erklärung des Außenministeriums"; the reaction stays the speaker
    # where the next sentence names none)
    stash = ["speaker", "cue", "_rule", "_sp_p", "_sp_s"]
    reaction = (
        (
            pl.col("cue").str.to_lowercase().is_in(_REACTION_CUES)
            # (and how plainly a body spoke: "Noch deutlicher wurde die Militärführung: „…“
            # Mit diesen Worten zitierte Interfax den Generalstabschef X")
            | pl.col("cue").is_in(["wurde", "wurden", "wird", "werden"])
        )
        & (
            pl.col("_next_text").str.contains(_WITH_THESE_WORDS)
            | pl.col("_next_text").str.contains(_TAKING_UP)
        )
        & sentence_ends
    ).fill_null(False)
    q = q.with_columns_seq(
        *(pl.col(c).alias(f"_stash{c}") for c in stash), reaction.alias("_reaction")
    ).with_columns_seq(
        pl.when(pl.col("_reaction")).then(None).otherwise(pl.col(c)).alias(c) for c in stash
    )
    possible = _possible_rules(q, [("_next_text", rule[0]) for rule in next_rules])
    next_rules = [r for n, r in enumerate(next_rules) if str(n) in possible.columns]
    for pattern, fits, _, speakers in _extracted_by_flag(q, "_next_text", next_rules):
        q = _take(q, speakers)
        q = _assigned_found(
            q,
            pl.col("speaker").is_null()
            & pl.col("_xspk").is_not_null()
            & fits
            & (
                ~pl.col("_reaction")
                | _person_like(pl.col("_xspk"))
                | pl.lit(pattern == _DOCUMENT_AFTER)
            ),
            rule=pl.lit("sentence"),
            sp_p=pl.col("_next_p"),
            text_start=pl.col("_next_start"),
        ).drop("_xspk", "_xcue", "_xoff")
    restore = pl.col("_reaction") & pl.col("speaker").is_null()
    q = q.with_columns_seq(
        pl.when(restore).then(pl.col(f"_stash{c}")).otherwise(pl.col(c)).alias(c) for c in stash
    ).drop(*(f"_stash{c}" for c in stash), "_reaction")
    # the quote's sentence is in the subjunctive of indirect speech
    subjunctive = (
        pl.col("_before").str.contains(_SUBJUNCTIVE_IN)
        | pl.col("_after").str.contains(_SUBJUNCTIVE_IN)
    ).fill_null(False)
    # a full quote standing as a sentence of its own
    standalone = (
        (pl.col("_before").str.strip_chars() == "")
        & pl.col("_after").str.contains(r"^[\s.!?]*$")
        & (
            (pl.col("quote").str.count_matches(_latin(r"[\p{L}\d]+")) > 5)
            | pl.col("quote").str.contains(r"[.!?…]$")
        )
    ).fill_null(False)
    # (both as columns: the rules below ask for them many times)
    q = q.with_columns_seq(subjunctive.alias("_subjunctive"), standalone.alias("_standalone"))
    subjunctive, standalone = pl.col("_subjunctive"), pl.col("_standalone")
    # the sentence before goes on with the indirect speech around it, though its verb reads
    # like the past: a weak verb in the plural, whose subjunctive is that form ("X sagte, die
    # Lage habe sich aufgehellt. Viele Firmen setzten auf ... . Erholung sei „…“"), with no
    # verb of saying of its own, between the quote's sentence and one in the subjunctive
    # (and, for the chain below, such a sentence two before, past one in the subjunctive:
    # "_gap2"; both looked at only where they may be, their patterns are large)
    q = _where(
        q,
        subjunctive & (pl.col("_prev_p") == pl.col("_p")) & pl.col("_prev2text").is_not_null(),
        _subjunctive_gap(pl.col("_prev_text")) & pl.col("_prev2text").str.contains(_SUBJUNCTIVE_IN),
        "_gap",
    )
    q = _where(
        q,
        (subjunctive | standalone) & ~pl.col("_gap") & pl.col("_prev3text").is_not_null(),
        _subjunctive_gap(pl.col("_prev2text")) & pl.col("_prev3text").str.contains(_SUBJUNCTIVE_IN),
        "_gap2",
    )
    # (a short quote in the noun phrase that opens a sentence with no sign of reported speech
    # is the writer's distance, not the words of the speaker of the sentence before: not "X
    # kündigte an, ... . Die seit November geltende „Waffenruhe“ wird derweil gebrochen",
    # "Das Wort „kriegstüchtig“ hatte ...")
    short_aside = (
        pl.col("_before").str.contains(
            r"^(?:Der|Die|Das|Ein|Eine|Dieser|Diese|Dieses)(?:\s+[^\s,;:–—()]+){0,4}\s+$"
        )
        # (no verb before it: "Die Ankündigung ist Teil einer „Roadmap ...“")
        & ~pl.col("_before").str.contains(
            r"\b(?:ist|sind|war|waren|wird|werden|wurde|wurden|hat|haben|hatte|hatten)\b"
        )
        # (and the sentence's verb right after it: "„Waffenruhe“ wird ...", not "Die Ukraine
        # verteidige „unsere Freiheit“.")
        & pl.col("_after").str.contains(
            r"^\s+(?:ist|sind|war|waren|wird|werden|wurde|wurden|hat|haben|hatte|hatten|soll|"
            r"sollen|sollte|kann|könnte|muss|gilt|galt|bleibt|blieb|\p{Ll}+(?:t|te))\b"
        )
        & (pl.col("quote").str.count_matches(_latin(r"[\p{L}\d]+")) <= 5)
        & ~pl.col("quote").str.contains(r"[.!?…]$")
        & ~pl.col("_before").str.contains(_SPEECH_IN)
        & ~pl.col("_after").str.contains(_SPEECH_IN)
        & ~subjunctive
    ).fill_null(False)
    # the sentence before: a verb of saying, or a person-like subject
    # the subject of a verb of saying first, then the patterns, then a person-like subject
    previous: list[str | None] = ["say", *_PREVIOUS, None]
    secured = _no_saying(pl.col("_xcue"), pl.col("_prev_text"))
    # (a full quote of its own right after a sentence that holds an attributed quote goes on
    # with that quote's speaker, below, not with the sentence's subject: Der Flughafen räumt
    # das Chaos ein: „…“, so eine Sprecherin. „…“)
    q = q.sort("_q").with_columns_seq(
        (
            standalone
            & (pl.col("_pe").shift(1).over("article_id") == pl.col("_prev_p"))
            & (pl.col("end_offset").shift(1).over("article_id") > pl.col("_prev_start"))
            # (a name: "„…“, sagte er. „…“" is left to the sentence's subject, whom "er"
            # takes up)
            & pl.col("speaker").shift(1).over("article_id").is_not_null()
            & ~pl.col("speaker").shift(1).over("article_id").is_in(_PRONOUNS)
        )
        .fill_null(False)
        .alias("_after_quoted")
    )
    # (a pattern that cannot match is not tried: see _possible_rules)
    possible = _possible_rules(q, [("_prev_text", pattern) for pattern in _PREVIOUS])
    # (the speakers of the patterns, found at once: see _extracted)
    previous_speakers = {
        pattern: speakers
        for pattern, _, _, speakers in _extracted_by_flag(
            q,
            "_prev_text",
            [
                (pattern, None, pattern == _MAN_IN)
                for n, pattern in enumerate(_PREVIOUS)
                if str(n) in possible.columns
            ],
        )
    }
    for before_pattern in previous:
        if before_pattern not in (None, "say") and (
            str(_PREVIOUS.index(before_pattern)) not in possible.columns
        ):
            continue
        if before_pattern is None or before_pattern == "say":
            # one search serves both: a row's subject depends only on its own text
            if before_pattern == "say":
                # (also for "er"/"sie", taken up below)
                prev_subjects = subject_in(
                    q,
                    "_prev_text",
                    pl.col("speaker").is_null() | pl.col("speaker").is_in(_PRONOUNS),
                )
                # (kept for the pronouns: the subject a pronoun of the quote's sentence
                # takes up, see _resolve_pronouns)
                q = q.with_columns_seq(
                    (pl.col("speaker").is_null() | pl.col("speaker").is_in(_PRONOUNS)).alias(
                        "_ps_searched"
                    )
                ).join(
                    prev_subjects.select_seq(
                        "_q", pl.col("_xspk").alias("_ps"), pl.col("_xoff").alias("_ps_off")
                    ),
                    on="_q",
                    how="left",
                )
            q = person(q.join(prev_subjects, on="_q", how="left"))
            if before_pattern is None:
                ok = (
                    (_person_like(pl.col("_xspk")) | pl.col("_kn"))
                    & (
                        (pl.col("quote").str.count_matches(_latin(r"[\p{L}\d]+")) > 5)
                        # (or a short sentence of its own: Maria K. lebt in Charkiw. „Die
                        # Raketen kommen jede Nacht.“)
                        | standalone
                        | pl.col("_before").str.contains(_SPEECH_IN)
                        | pl.col("_after").str.contains(_SPEECH_IN)
                        # (or the quote's sentence is indirect speech, its reporter the person
                        # before: Selenskyj richtete einen Appell an den Westen. Die Ukraine
                        # brauche „…“)
                        | subjunctive
                    )
                    # (the subject of a verb in the subjunctive is in someone's indirect
                    # speech: Bisher habe die Bundesregierung ... ausgeschlossen.; but "er"
                    # goes on with his: Er sei zu dem Schluss gekommen, ...)
                    & ~(subjunctive_cue & ~pl.col("_xspk").is_in(_PRONOUNS))
                    # (so is one of a sentence that goes on with it: the chain below)
                    & ~pl.col("_gap")
                )
            else:
                ok = (
                    (pl.col("_xcue").str.contains(f"^(?:{_VERB_WIDE}|{_JOINED_SAY})$") & ~secured)
                    # (an auxiliary before its subject, a participle of saying closing the
                    # clause: "Mit scharfen Worten hat Präsident X am Samstag die Politik der
                    # USA kritisiert"; the noun before the participle is its object; not the
                    # pluperfect, "Er hatte gesagt, ...", of things said before the news)
                    | (
                        pl.col("_xcue").is_in(["hat", "haben"])
                        & pl.col("_prev_text")
                        .str.slice(pl.col("_xoff"))
                        .str.contains(
                            _latin(rf"^(?:[^,;:.!?„“»«]|\d\.)*\s{_PARTICIPLE}\s*(?:[.,;:!?]|$)")
                        )
                    )
                    | (
                        # "nahm X zu der Frage Stellung" is a verb of saying
                        pl.col("_xcue").is_in(["nahm", "nimmt", "nahmen", "nehmen"])
                        & pl.col("_prev_text").str.contains(r"\bStellung\b")
                    )
                    # and so is a reaction before a full quote of its own: X reagierte
                    # prompt. „…“
                    | (pl.col("_xcue").is_in(_REACTED) & standalone)
                )
        else:
            q = _take(q, previous_speakers[before_pattern])
            ok = pl.col("_xspk").is_not_null() & ~secured
            if before_pattern == _MAN_IN:
                q = actor(q)
                ok = ok & pl.col("_ka")
        free = (
            pl.col("speaker").is_null()
            & ok.fill_null(False)
            & ~pl.col("_after_quoted")
            & ~pl.col("_doing")
            & ~short_aside
        )
        # the speaker's reported speech: in the same paragraph, or a sentence in the
        # subjunctive that opens the next one after a verb of saying (X warnte vor ... . /
        # Russland habe „alle Grenzen überschritten“)
        reported = (pl.col("_prev_p") == pl.col("_p")) | (
            pl.lit(before_pattern is not None)
            # (not when the quote's own sentence has a verb of saying: its subject speaks)
            & ~saying
            & subjunctive
        )
        q = _assigned_found(
            q,
            free,
            rule=pl.when(reported).then(pl.lit("previous")),
            sp_p=pl.col("_prev_p"),
            text_start=pl.col("_prev_start"),
            cue=pl.lit("previous sentence"),
        ).drop("_xspk", "_xcue", "_xoff", "_kn", "_ka", strict=False)
    # a person introduced with "war", "ist" or "wird" right before a full quote that stands as a
    # sentence of its own: Der russische Außenminister Sergej Lawrow war am Dienstag in
    # Genf. „…“ (not a thing: Die Lage war angespannt. „…“)
    # (and a person whose view the sentence gives: Bei Selenskyj klingt das anders. / Für
    # Selenskyj ist die Sache klar. / Ganz anders Selenskyj. „…“)
    previous_rules = [_COPULA_SUBJECT, _REACTION_OF, _VIEW_OF, _OTHERWISE, _CONTRASTED]
    possible = _possible_rules(q, [("_prev_text", pattern) for pattern in previous_rules])
    for pattern, _, _, speakers in _extracted_by_flag(
        q,
        "_prev_text",
        [
            (pattern, None, pattern != _COPULA_SUBJECT)
            for n, pattern in enumerate(previous_rules)
            if str(n) in possible.columns
        ],
    ):
        q = person(_take(q, speakers))
        # (a reaction may be a body's or a place's of the lexicon too: Die Reaktion aus Moskau
        # folgte prompt. „…“; and a body may be in a state of mind: Die Opposition ist
        # unzufrieden. „…“)
        if pattern == _REACTION_OF:
            q = actor(q)
        elif pattern == _COPULA_SUBJECT:
            q = q.with_columns_seq(
                pl.col("_prev_text").str.contains(_STATE_OF_MIND).fill_null(False).alias("_ka")
            )
        else:
            q = q.with_columns_seq(pl.lit(False).alias("_ka"))
        free = (
            pl.col("speaker").is_null()
            & pl.col("_xspk").is_not_null()
            & (_person_like(pl.col("_xspk")) | pl.col("_kn") | pl.col("_ka"))
            & standalone
            # (not after a sentence that holds an attributed quote: the quote goes on with
            # that quote's speaker, below, and the subject may be the quote's: „… Meine
            # Kinder sind zu alt“, sagte X. „…“)
            & ~pl.col("_after_quoted")
        ).fill_null(False)
        q = _assigned_found(
            q,
            free,
            rule=pl.when(pl.col("_prev_p") == pl.col("_p")).then(pl.lit("previous")),
            sp_p=pl.col("_prev_p"),
            text_start=pl.col("_prev_start"),
            cue=pl.lit("previous sentence"),
        ).drop("_xspk", "_xcue", "_xoff", "_kn", "_ka")
    # a headline's speaker before its colon, the quote later in the sentence: Lawrow: Nato
    # ist „…“ (a person or a body, not a topic or a place: Kiew: Explosionen ... „…“)
    # (both searches of the headline's speaker at once: see _extracted)
    label_speakers, name_speakers = _extracted(q, [("_before", _LABEL), ("_before", _NAME_ALONE)])
    q = person(_take(q, label_speakers))
    # (two capitalised words are a name, not an adjective and its noun: Neue Regeln: ...)
    adjective_noun = pl.col("_xspk").str.contains(
        _latin(r"^\p{Lu}\p{Ll}+(?:e|er|es|en)\s+\p{Lu}[\p{Ll}-]+$")
    ) & ~_has_word(pl.col("_xspk"), _ROLE_NOUN)
    free = (
        pl.col("speaker").is_null()
        & pl.col("_xspk").is_not_null()
        & ((_person_like(pl.col("_xspk")) & ~adjective_noun) | pl.col("_kn"))
    ).fill_null(False)
    q = _assigned_found(
        q, free, rule=pl.lit("colon"), sp_p=pl.col("_p"), text_start=pl.col("_ss")
    ).drop("_xspk", "_xcue", "_xoff", "_kn")
    # a headline with no verb: a person's name, then the quote (words in lower case, no
    # title), then a preposition or the end: Ban „beunruhigt“ über wachsende
    # Fremdenfeindlichkeit; Lawrow „besorgt“ (not a thing: Kritik „unberechtigt“)
    # (also a state, body or capital of the lexicon with a state of mind, which only its
    # words can show: Kreml „besorgt“ über ..., Moskau „empört“; not a writer's label:
    # Russland „isoliert“)
    q = actor(person(_take(q, name_speakers)))
    free = (
        pl.col("speaker").is_null()
        & pl.col("_xspk").is_not_null()
        & (
            (_person_like(pl.col("_xspk")) & ~adjective_noun)
            | pl.col("_kn")
            | (pl.col("_ka") & pl.col("quote").str.contains(_STANCE))
        )
        & pl.col("quote").str.contains(_latin(r"^\p{Ll}"))
        & (pl.col("quote").str.count_matches(_latin(r"[\p{L}\d]+")) <= 5)
        & pl.col("_after")
        .fill_null("")
        .str.contains(
            r"^\s*(?:(?:über|zu|zum|zur|nach|bei|wegen|vor|für|gegen|mit|angesichts|trotz|im|in|"
            r"von|vom|auf|an|am)\s|[.,;!?–—-]|$)"
        )
    ).fill_null(False)
    q = _assigned_found(
        q,
        free,
        rule=pl.lit("sentence"),
        sp_p=pl.col("_p"),
        text_start=pl.col("_ss"),
        cue=pl.lit("name before quote"),
    ).drop("_xspk", "_xcue", "_xoff", "_kn", "_ka")
    # a chain of indirect speech in the paragraph: X sagte, ... . Es sei ... . Das habe „…“
    # (a full quote standing as a sentence of its own goes on with the indirect speech
    # before it: X wies die Vorwürfe zurück. Die Abwehr sei ... . „Wir haben …“)
    # (not a quote of its own right after a sentence with a quote of a named speaker: it goes
    # on with that speaker, below: Später sagte X, die Ziele der „…“ würden erreicht. „…“)
    # ... also where the chain closes the paragraph before a full quote of its own: X sagte,
    # die Lage sei ernst. Die Behörden seien wachsam. / „Wir haben keine Hinweise …“ (the
    # sentences before the one before, in its paragraph)
    # (a sentence that goes on with it, once: see "_gap" above)
    chains = [
        (
            (subjunctive | standalone)
            & (pl.col("_prev_text").str.contains(_SUBJUNCTIVE_IN).fill_null(False) | pl.col("_gap"))
            & ~pl.col("_after_quoted"),
            pl.col("_p"),
            ["_prev2", "_prev3"],
        ),
        (
            standalone
            & pl.col("_prev2text").is_null()
            & (pl.col("_prev_p") != pl.col("_p")).fill_null(False)
            & pl.col("_prev_text").str.contains(_SUBJUNCTIVE_IN).fill_null(False)
            & ~pl.col("_after_quoted"),
            pl.col("_prev_p"),
            ["_pp_", "_pp3_"],
        ),
    ]
    for chain, chain_p, backs in chains:
        for back in backs:
            # (the chain as a column: each rule below asks for it)
            q = q.with_columns_seq(chain.alias("_chain"))
            chain = pl.col("_chain")
            found = subject_in(q, f"{back}text", pl.col("speaker").is_null() & chain)
            q = q.join(found, on="_q", how="left")
            q = _where(
                q,
                pl.col("speaker").is_null() & chain & pl.col("_xspk").is_not_null(),
                pl.col("_xcue").str.contains(f"^{_VERB_WIDE}$")
                # (or a person with a verb of its own in the indicative, as in the sentence
                # right before: "Henriksen verwies auf ... . Moskau stelle ... her. Wer glaube,
                # man habe „…“, irre sich")
                | (
                    _person_like(pl.col("_xspk"))
                    & ~subjunctive_cue
                    # (not one whose verb may be a subjunctive too: the chain goes on past it,
                    # "_gap" above)
                    & ~_subjunctive_gap(pl.col(f"{back}text"))
                ),
                "_chain_free",
            )
            q = _assigned_found(
                q,
                pl.col("_chain_free"),
                rule=pl.lit("previous"),
                sp_p=chain_p,
                text_start=pl.col(f"{back}start"),
                cue=pl.lit("previous sentence"),
            ).drop("_xspk", "_xcue", "_xoff", "_chain_free")
            # (or a source named in that sentence: Die Flüchtlinge wollten laut Orban nach
            # Deutschland. Ungarn könne sie nicht durchlassen. „…“; Nach Angaben der IOM ...)
            for source_word, source_pattern in _CHAIN_SOURCES:
                sourced = (
                    pl.col("speaker").is_null()
                    & chain
                    & pl.col(f"{back}text").str.contains(source_word).fill_null(False)
                )
                # (the large pattern only where its word is)
                if q.select_seq(sourced.any()).item():
                    q = _extract(
                        q.with_columns_seq(
                            pl.when(sourced).then(pl.col(f"{back}text")).alias("_chain_text")
                        ),
                        "_chain_text",
                        source_pattern,
                    ).drop("_chain_text")
                    q = _assigned_found(
                        q,
                        pl.col("speaker").is_null() & chain & pl.col("_xspk").is_not_null(),
                        rule=pl.lit("previous"),
                        sp_p=chain_p,
                        text_start=pl.col(f"{back}start"),
                        cue=pl.lit("previous sentence"),
                    ).drop("_xspk", "_xcue", "_xoff")
            chain = chain & (
                pl.col(f"{back}text").str.contains(_SUBJUNCTIVE_IN)
                | (pl.lit(back == "_prev2") & pl.col("_gap2"))
            ).fill_null(False)
    q = q.drop("_chain", "_gap", "_gap2")
    # a full quote with no speaker yet: the speaker of the quote before it in the article,
    # also along a run of such quotes (a speech quoted paragraph by paragraph after "X
    # sagte:"), each at most _PREVIOUS_QUOTE_REACH paragraphs after the one before; a short
    # quote in indirect speech goes on with the speaker of the quote right before it
    q = q.sort("_q")
    named = pl.col("speaker").is_not_null() & ~pl.col("speaker").is_in(_PRONOUNS)
    # (a short quote standing as a sentence of its own right after a sentence with a quote
    # of a named speaker counts as full: „…“, sagte X. „Wir sind bereit.“)
    # (also where that quote's speaker was found meanwhile, by the sentence before it: X
    # widersprach. Die Ukraine verteidige „…“. „Wir dürfen jetzt nicht wackeln.“)
    after_named = (
        standalone
        & (pl.col("_pe").shift(1).over("article_id") == pl.col("_prev_p"))
        & (pl.col("end_offset").shift(1).over("article_id") > pl.col("_prev_start"))
        & named.shift(1).over("article_id")
    ).fill_null(False)
    full = (
        (pl.col("quote").str.count_matches(_latin(r"[\p{L}\d]+")) > 5)
        | pl.col("_after_quoted")
        | after_named
    )
    # (other quotes are left aside; a quote with "er" or "sie" as its speaker starts a run of
    # its own, which goes on only while no other quote comes between)
    gap = pl.col("_p") - pl.col("_pe").shift(1).over("article_id")
    runs = (
        q.with_columns_seq(pl.col("_q").shift(1).over("article_id").alias("_q_before"))
        .filter(named | pl.col("speaker").is_in(_PRONOUNS) | full | subjunctive)
        .with_columns_seq(
            (pl.col("_q").shift(1).over("article_id") == pl.col("_q_before"))
            .fill_null(False)
            .alias("_next_to")
        )
        .select_seq(
            "_q",
            "article_id",
            "_next_to",
            "_p",
            "_pe",
            "speaker",
            "_sp_p",
            "_sp_s",
            named.alias("_named"),
            pl.col("speaker").is_in(_PRONOUNS).fill_null(False).alias("_voiced"),
            full.alias("_full"),
            subjunctive.alias("_indirect"),
        )
        .with_columns_seq(
            (
                ~pl.col("_named")
                & ~pl.col("_voiced")
                & (
                    ((gap <= _PREVIOUS_QUOTE_REACH) & pl.col("_full"))
                    | ((gap <= 1) & pl.col("_indirect"))
                ).fill_null(False)
            ).alias("_goes_on")
        )
        .with_columns_seq((~pl.col("_goes_on")).cum_sum().over("article_id").alias("_run"))
        .with_columns_seq(
            pl.col(c).first().over("article_id", "_run").alias(f"_run{c}")
            for c in ("speaker", "_sp_p", "_sp_s", "_named", "_voiced", "_q")
        )
        .with_columns_seq(
            (~pl.col("_next_to") & pl.col("_goes_on"))
            .cum_sum()
            .over("article_id", "_run")
            .alias("_apart")
        )
        .filter(
            pl.col("_goes_on")
            & (pl.col("_run_named") | (pl.col("_run_voiced") & (pl.col("_apart") == 0)))
            & pl.col("speaker").is_null()
        )
        # (a run whose first quote has "er" or "sie" as its speaker goes on with the one that
        # pronoun stands for, once it is known: see _with_run_heads)
        .select_seq(
            "_q",
            "_runspeaker",
            "_run_sp_p",
            "_run_sp_s",
            pl.when(pl.col("_run_voiced")).then(pl.col("_run_q")).alias("_run_head"),
        )
    )
    q = q.join(runs, on="_q", how="left", maintain_order="left")
    free = pl.col("speaker").is_null() & pl.col("_runspeaker").is_not_null()
    q = _assigned(
        q,
        free,
        speaker=pl.col("_runspeaker"),
        cue=pl.lit("previous quote"),
        rule=pl.lit("previous"),
        sp_p=pl.col("_run_sp_p"),
        sp_s=pl.col("_run_sp_s"),
    ).drop("_runspeaker", "_run_sp_p", "_run_sp_s")
    # "er" or "sie" after the quote, with a subject that speaks before it in the same sentence:
    # Besorgt äußerte sich X zu den Vorgängen: „…“, sagte er
    same = pl.col("speaker").is_in(_PRONOUNS) & pl.col("_attached")
    q = q.join(before_subjects, on="_q", how="left")
    # (the genders of the names, asked for from here on)
    if genders is not None:
        q = q.join(genders(), on="article_id", how="left", maintain_order="left")
    q = _one_of_two(q, "_xoff")
    own_subject = (
        same
        # (or reacted: Kuleba reagierte empört: Putin habe „…“, schrieb er)
        & (
            pl.col("_xcue").str.contains(f"^{_VERB_WIDE}$") | pl.col("_xcue").is_in(_REACTED)
        ).fill_null(False)
        & ~pl.col("_xspk").is_in(_PRONOUNS).fill_null(True)
        & _agrees(pl.col("speaker"), pl.col("_xspk"), pl.col("_ng"), pl.col("cue"))
    )
    # ... and a person who took a stance before a colon, the pronoun inserted after it:
    # Sacharowa wurde deutlicher: Es sei bezeichnend, schrieb sie, „…“
    own_subject = own_subject | _subject_before_mark(":", r"^[^:„“»«.!?]*:", pl.lit(False))
    # ... and the subject of the clause before a semicolon, whatever it did, the pronoun after
    # it: Westerwelle bestellte den Botschafter ein; die Verantwortlichen müssten „…“, sagte er
    own_subject = own_subject | _subject_before_mark(";", r"^[^;:„“»«.!?]*;[^;:]*$", same)
    q = _assigned(
        q,
        own_subject,
        speaker=pl.col("_xspk"),
        sp_p=pl.col("_p"),
        sp_s=pl.col("_ss") + pl.col("_xoff"),
    ).drop("_xspk", "_xcue", "_xoff")
    # "er" or "sie" right after a sentence of the same paragraph whose subject said something
    # is that subject: In seiner Rede erklärte Johnson, ... . Er werde „…“
    q = person(q.join(prev_subjects, on="_q", how="left"))
    q = _one_of_two(q, "_xoff")
    # (a pronoun with its verb in the subjunctive of indirect speech: the reporter is the
    # person the sentence before is about, whatever it did: Lawrow griff die Nato scharf an.
    # Sie habe „…“; Selenskyj wandte sich an die Verbündeten. Sie hätten „…“; but not where
    # that sentence takes up another person, who may speak for himself: Die Ministerin traf
    # ihn. Er wolle „…“)
    indirect_pronoun = (
        pl.col("cue").is_in(_SUBJUNCTIVE_SINGULAR)
        | pl.col("cue").is_in(_SUBJUNCTIVE_II)
        | pl.col("cue").str.contains(rf"^(?:{_SUBJUNCTIVE})$")
    ).fill_null(False)
    other_person = pl.col("_prev_text").str.contains(r"\b(?:ihn|ihm|ihnen)\b").fill_null(False)
    named_before = (
        pl.col("speaker").is_in(_PRONOUNS)
        & (pl.col("_prev_p") == pl.col("_p")).fill_null(False)
        & (
            (indirect_pronoun & ~other_person & (_person_like(pl.col("_xspk")) | pl.col("_kn")))
            | pl.col("_xcue").str.contains(f"^{_VERB_WIDE}$")
            # the perfect: "X hatte zwar Fehler eingeräumt ..."
            # (not the passive: "Die Offensive wurde von einer Sprecherin bestätigt")
            | (
                pl.col("_xcue").is_in(["hat", "hatte", "haben", "hatten", "habe"])
                & pl.col("_prev_text").str.contains(_PARTICIPLE)
            )
        ).fill_null(False)
        & ~pl.col("_xspk").is_in(_PRONOUNS).fill_null(True)
        & (
            _agrees(pl.col("speaker"), pl.col("_xspk"), pl.col("_ng"), pl.col("cue"))
            # (a pronoun in the subjunctive goes on with the indirect speech of the one who
            # spoke, whoever it stands for: Lawrow sagte, die Nato habe „…“. Sie müsse „…“)
            | indirect_pronoun
        )
    )
    q = _assigned(
        q,
        named_before,
        speaker=pl.col("_xspk"),
        sp_p=pl.col("_prev_p"),
        sp_s=pl.col("_prev_start") + pl.col("_xoff"),
    ).drop("_xspk", "_xcue", "_xoff", "_kn")
    # ... or the agent of a passive of saying there: Die Offensive wurde von einer
    # Armeesprecherin bestätigt. Sie sagte, ...
    asked = q.filter(
        pl.col("speaker").is_in(_PRONOUNS) & (pl.col("_prev_p") == pl.col("_p")).fill_null(False)
    ).select_seq("_q", "_prev_text")
    agents = _extract(asked, "_prev_text", _PASSIVE_AGENT, after_preposition=True)
    q = q.join(agents.select_seq("_q", "_xspk", "_xcue", "_xoff"), on="_q", how="left")
    by_agent = (
        pl.col("speaker").is_in(_PRONOUNS)
        & (pl.col("_prev_p") == pl.col("_p")).fill_null(False)
        & pl.col("_xspk").is_not_null()
        & _agrees(pl.col("speaker"), pl.col("_xspk"), pl.col("_ng"), pl.col("cue"))
    )
    q = _assigned(
        q,
        by_agent,
        speaker=pl.col("_xspk"),
        sp_p=pl.col("_prev_p"),
        sp_s=pl.col("_prev_start") + pl.col("_xoff"),
    ).drop("_xspk", "_xcue", "_xoff")
    # a thing of someone's stands for its owner, taken up like a pronoun: „…“, lautet seine
    # Botschaft (his: "er"; hers or theirs: "sie")
    owned = (
        pl.col("speaker").str.contains(_POSSESSIVE_THING)
        & ~pl.col("speaker").str.contains(_CLOSE_PERSON)
        & ~_person_like(pl.col("speaker"))
    ).fill_null(False)
    # a document with no owner named stands for its author: „…“, hieß es in der Erklärung (not
    # one with a relative clause that quotes it, whose author the sentence names around it: In
    # einem Brief, in dem es heißt, „…“, wandte sich der Minister an ...)
    document = (
        pl.col("speaker").str.contains(_DOCUMENT)
        & ~pl.col("speaker").str.contains(_DOCUMENT_SUBJECT)
        & ~pl.col("cue").str.contains(r"^(?:in\s+de[rm]|worin)\s").fill_null(False)
    ).fill_null(False)
    q = q.with_columns_seq(
        pl.when(document).then(pl.col("speaker")).alias("_document"),
        pl.when(owned)
        .then(
            pl.when(pl.col("speaker").str.contains(r"^[Ss]ein"))
            .then(pl.lit("er"))
            .otherwise(pl.lit("sie"))
        )
        .when(document)
        .then(pl.lit(_ITS_AUTHOR))
        .otherwise(pl.col("speaker"))
        .alias("speaker"),
    )
    # (the three sentences before in the paragraph, the nearest first)
    before = (
        ("_prev_text", "_prev_start"),
        ("_prev2text", "_prev2start"),
        ("_prev3text", "_prev3start"),
    )

    def authorless(text: str) -> pl.Expr:
        """A document whose author is not found yet, ``text`` a sentence before it in its
        paragraph."""
        return (
            (pl.col("speaker") == _ITS_AUTHOR)
            & pl.col("_document").is_not_null()
            & (pl.col("_prev_p") == pl.col("_p"))
            & pl.col(text).is_not_null()
        ).fill_null(False)

    # ... the owner of the same document named in one of them: "Nach einem Bericht der IAEA,
    # der ..., verfügt das Land über ... . In dem Bericht heißt es: „…“" (the IAEA's, not the
    # subject's)
    for text, start in before:
        # (the pattern only on those rows)
        rows = q.filter(authorless(text))
        if rows.height == 0:
            continue
        owners = (
            rows.select_seq(
                "_q",
                pl.col(text).alias("_t"),
                pl.col("_document").str.extract(r"(\S+)$").str.to_lowercase().alias("_noun"),
                pl.col(text).str.extract_all(_OWNED_DOCUMENT).alias("_m"),
            )
            .explode("_m")
            .drop_nulls("_m")
            .with_columns_seq(pl.col("_m").str.extract_groups(_OWNED_DOCUMENT).alias("_g"))
            .filter(pl.col("_g").struct.field("noun").str.to_lowercase() == pl.col("_noun"))
            .unique("_q", keep="first", maintain_order=True)
            .select_seq(
                "_q",
                pl.col("_g").struct.field("owner").alias("_xspk"),
                _start_in(pl.col("_t"), pl.col("_m"), pl.col("_g").struct.field("owner"))
                .cast(pl.Int64)
                .alias("_xoff"),
            )
        )
        q = q.join(owners, on="_q", how="left")
        q = _assigned_found(
            q,
            (pl.col("speaker") == _ITS_AUTHOR) & pl.col("_xspk").is_not_null(),
            rule=pl.col("_rule"),
            sp_p=pl.col("_p"),
            text_start=pl.col(start),
            cue=pl.col("cue"),
        ).drop("_xspk", "_xoff")
    # ... else the one the paragraph names as saying something in one of them, the nearest
    # first: Energoatom wies das zurück. Russland selbst beschieße das Kraftwerk. In einer
    # Mitteilung hieß es: „…“ (Energoatom's, not a speaker of a paragraph before)
    for text, start in before:
        authored = authorless(text)
        q = actor(q.join(subject_in(q, text, authored), on="_q", how="left"))
        free = (
            authored
            & (
                pl.col("_xcue").str.contains(f"^{_VERB_WIDE}$") | pl.col("_xcue").is_in(_REACTED)
            ).fill_null(False)
            & ~pl.col("_xspk").is_in(_PRONOUNS).fill_null(True)
            # (a person, a body or an actor of the lexicon, not a thing: Die Maschine befand
            # sich auf dem Weg ...; a body of the state by its compound too: Dies teilte das
            # Einsatzführungskommando mit)
            & (
                _person_like(pl.col("_xspk"))
                | pl.col("_ka")
                | pl.col("_xspk").str.contains(_STATE_BODY).fill_null(False)
                # (and a press office: "der Pressedienst des Unternehmens DTEK")
                | pl.col("_xspk")
                .str.contains(r"^(?:[Dd](?:er|ie|as)\s+)?Presse(?:dienst|stelle|büro|abteilung)\b")
                .fill_null(False)
            )
        )
        q = _assigned_found(
            q,
            free,
            rule=pl.col("_rule"),
            sp_p=pl.col("_p"),
            text_start=pl.col(start),
            cue=pl.col("cue"),
        ).drop("_xspk", "_xcue", "_xoff")
    # a name in quote marks with "der" after a bare name is the addressee: "sagte Masala der
    # „Bild“" (but "der Sprecher der „Letzten Generation“", "Sprecher der „Welt“")
    # (and after a role noun and a name: "der Geheimdienstchef Kyrylo Budanow der „Times“")
    to_quoted = pl.col("speaker").str.extract(_ADDRESSEE_QUOTED, 1)
    # (also after an epithet or a role with a paper's name: "der SPD-Politiker der
    # „Süddeutschen Zeitung“", "der Minister der „Welt am Sonntag“"; not its staff: "der
    # Chefredakteur der „Zeit“")
    to_a_paper = (
        pl.col("speaker").str.contains(_QUOTED_PAPER)
        & ~to_quoted.str.contains(_MEDIA_STAFF).fill_null(False)
        & (
            to_quoted.str.contains(_EPITHET).fill_null(False)
            | to_quoted.str.contains(_POLITICAL_ROLE).fill_null(False)
        )
    )
    to_quoted = (
        pl.when(
            (
                _has_word(to_quoted.str.extract(r"(\S+)$", 1), _ROLE_NOUN).fill_null(True)
                | (
                    to_quoted.str.contains(r"^(?:[Dd](?:er|ie|as)|[Ee]ine?[nmrs]?)\s")
                    & ~to_quoted.str.contains(_ROLE_THEN_NAME)
                )
            )
            & ~to_a_paper
        )
        .then(pl.lit(None, dtype=pl.String))
        .otherwise(to_quoted)
    )
    # "für" and its field stay after a body or an office ("das Bundesamt für
    # Verfassungsschutz"); after another word they are the verb's ("warb Obama für die Annahme")
    # ("der Hohe Vertreter der EU für Außenpolitik": the office may have a genitive)
    before_for = pl.col("speaker").str.extract(r"^([^,]*?)\s+für\s", 1)
    for_verb = before_for.is_not_null() & ~before_for.str.contains(_FIELD_HEAD).fill_null(False)
    q = (
        q.with_columns_seq(
            pl.when(for_verb)
            .then(pl.col("speaker").str.replace(r"\s+für\s.*$", ""))
            # the agent of a passive citation is no part of the one quoted: „…“, wird Putin
            # von der Zeitung „Kommersant“ zitiert
            .when(
                pl.col("cue").is_in(["wird", "wurde"])
                # (not a surname with "von der": wird Ursula von der Leyen zitiert)
                & ~pl.col("speaker").str.contains(rf"\s{_PARTICLE_NAMES}$")
            )
            .then(pl.col("speaker").str.replace(r"\s+von\s+(?:der|dem|den)\s.*$", ""))
            .otherwise(pl.col("speaker"))
            .alias("speaker")
        )
        .with_columns_seq(
            # (a time after the article belongs to the phrase: "einer am Montag
            # veröffentlichten Erklärung")
            pl.when(pl.col("speaker").str.contains(rf"^{_ART}\s+{_WHEN}\s"))
            .then(pl.col("speaker"))
            .otherwise(pl.col("speaker").str.replace(_CIRCUMSTANCE, ""))
            .str.replace(_ADDRESSEE_AFTER_NAME, "$1")
            .alias("speaker")
        )
        .with_columns_seq(to_quoted.alias("_to_quoted"))
        .with_columns_seq(pl.coalesce("_to_quoted", "speaker").alias("speaker"))
    )
    # otherwise "sagte Lokowandt der Deutschen Presse-Agentur": after a name (no role noun) a
    # paper or an agency with "der" is the addressee; "ein Sprecher der Nachrichtenagentur"
    # keeps it
    q = _without_addressee(q, pl.col("_to_quoted").is_null()).drop("_to_quoted")
    if "_sp_e" not in q.columns:
        q = q.with_columns_seq((pl.col("_sp_s") + pl.col("speaker").str.len_chars()).alias("_sp_e"))
    return q, all_subjects


def _subject(
    q: pl.DataFrame,
    column: str,
    where: pl.Expr | None = None,
    found: pl.DataFrame | None = None,
) -> pl.DataFrame:
    """The first subject-like speaker in ``column``: ``_q, _xspk, _xcue, _xoff``.

    Only the rows where ``where`` holds (and the text is not empty) are searched: a search
    that has nothing to do compiles no pattern. ``found``, if given, holds what
    :func:`_subjects` gave for all rows of ``column`` (among others): then nothing is
    searched again (a row's subject depends only on its text; the patterns are large, and
    Polars keeps few compiled ones, so a later search compiled them all again).
    """
    where = where if where is not None else pl.lit(True)
    if found is None:
        return _subjects(q, {column: where}).drop("_col")
    return (
        found.filter(pl.col("_col") == column)
        .drop("_col")
        .join(q.filter(where).select_seq("_q"), on="_q", how="semi")
    )


#: After the subject of a verb of saying, a report inside its report: the one it says said
#: the words (*Interfax berichtete, Lawrow habe erklärt, die Nato sei „…“*; *Der Spiegel
#: berichtet, dass Jung die Pläne als „…“ kritisiert habe*, the participle after the quote).
#: A verb of saying (or "will wissen") and a comma: the report the inner one is in.
#: (a name in quote marks may be in it: "zitiert aus der Zeitung „Hoy Bolivia“, wonach X")
_REPORT_LEAD = rf"[^„“»«:;]*?\b(?:{_VERB_WIDE}|wissen\b)(?:[^„“»«:;]|„[^„“»«]{{1,40}}“)*?,\s+"
_INNER_REPORT = (
    rf"^(?P<pre>{_REPORT_LEAD}(?:(?:dass|daß|wonach)\s+)?)"
    rf"(?P<spk>{_SPK})\s+"
    rf"(?:(?:habe|hätte|haben|hätten)\s+(?:[^,„“»«:;.]*?\s)?(?P<cue>{_PARTICIPLE_WIDE})"
    rf"|(?P<said>{_VERB})"
    # (the verb last in a dass-clause: "dass X das Mädchen gefragt habe, was sie „…“")
    rf"|(?:[^,„“»«:;.]*?\s)?(?P<last>{_PARTICIPLE_WIDE})\s+(?:habe|hätte|haben|hätten))"
    # (other quotes of the report may come between: "was sie „…“ und ob sie „…“ habe")
    r"\s*,(?:[^„“»«:;]|„[^„“]*“)*$"
)
#: A dass- or wonach-clause with its verb of saying last, the quote in a clause after it:
#: "wonach X die Schuld den Industrieländern zuweist, deren „…“ die Erde vernichte".
_INNER_REPORT_LAST = (
    rf"^(?P<pre>{_REPORT_LEAD}(?:dass|daß|wonach)\s+)(?P<spk>{_SPK})\s"
    rf"(?:[^,„“»«:;.]*?\s)?(?P<cue>\p{{Ll}}*?{_VERB_WIDE})\s*,(?:[^„“»«:;]|„[^„“]*“)*$"
)
#: The same with the participle after the quote: "dass X die Pläne als „…“ kritisiert habe".
_INNER_REPORT_OPEN = (
    rf"^(?P<pre>{_REPORT_LEAD}(?:dass|daß|wonach)\s+)"
    rf"(?P<spk>{_SPK})"
    r"\s[^,„“»«:;]*$"
)
#: The verb first, an auxiliary (*Wie Interfax meldete, habe Lawrow erklärt, ...*, *...,
#: habe Lawrow die Pläne als „…“ bezeichnet*); the participle before the quote or at the end.
_INNER_REPORT_FIRST = (
    rf"^(?P<pre>{_REPORT_LEAD}(?:hat|habe|hätte|hatte|haben|hätten|hatten)\s+)"
    rf"(?P<spk>{_SPK})\s(?:[^„“»«:;.]*?\b(?P<cue>{_PARTICIPLE_WIDE})\b)?[^„“»«:;.]*$"
)
#: A participle that closes the sentence after the quote: "... als „…“ bezeichnet."
_PARTICIPLE_CLOSING = rf"^[“”»«\"]?[^.!?„“»«]*?\b({_PARTICIPLE_WIDE})\s*(?:[.!?]|$)"
#: ... or a finite verb of saying that closes the clause after the quote: "dass X den
#: Industrieländern eine „…“ vorwirft", "wonach X ... „…“ kritisierte".
_INNER_FINITE_AFTER = rf"^[“”»«\"]?[^.!?„“»«,;:]*?\b(?P<cue>\p{{Ll}}*?{_VERB_WIDE})\s*(?:[,.;!?]|$)"
_INNER_PARTICIPLE_AFTER = (
    rf"^[“”»«\"]?\s*(?P<cue>{_PARTICIPLE_WIDE})\s+(?:habe|hätte|haben|hätten|worden)\b"
)


def _inner_reporter(found: pl.DataFrame, q: pl.DataFrame) -> pl.DataFrame:
    """Subjects before quotes (``_q, _xspk, _xcue, _xoff``), a reporter inside the report of
    the subject found taking its place (``_INNER_REPORT``).

    The rest of ``_before`` after the subject is searched, where it holds a comma.
    """
    rest_start = pl.col("_xoff") + pl.col("_xspk").str.len_chars().cast(pl.Int64)
    rows = found.join(q.select_seq("_q", "_before", "_after"), on="_q").with_columns_seq(
        pl.col("_before").str.slice(rest_start).alias("_rest")
    )
    todo = pl.col("_rest").str.contains(",")
    inner = (
        rows.filter(todo)
        .with_columns_seq(
            pl.col("_rest").str.extract_groups(_INNER_REPORT).alias("_i"),
            pl.col("_rest").str.extract_groups(_INNER_REPORT_OPEN).alias("_o"),
            pl.coalesce(
                pl.col("_after").str.extract(_INNER_PARTICIPLE_AFTER, 1),
                pl.col("_after").str.extract(_INNER_FINITE_AFTER, 1),
            ).alias("_late"),
            pl.col("_rest").str.extract_groups(_INNER_REPORT_FIRST).alias("_f"),
            pl.col("_rest").str.extract_groups(_INNER_REPORT_LAST).alias("_l"),
            pl.col("_after").str.extract(_PARTICIPLE_CLOSING, 1).alias("_closing"),
        )
        .with_columns_seq(
            pl.when(pl.col("_i").struct.field("spk").is_not_null())
            .then(
                pl.struct(
                    pre=pl.col("_i").struct.field("pre"),
                    spk=pl.col("_i").struct.field("spk"),
                    cue=pl.coalesce(
                        pl.col("_i").struct.field("cue"),
                        pl.col("_i").struct.field("said"),
                        pl.col("_i").struct.field("last"),
                    ),
                )
            )
            .when(pl.col("_l").struct.field("spk").is_not_null())
            .then(
                pl.struct(
                    pre=pl.col("_l").struct.field("pre"),
                    spk=pl.col("_l").struct.field("spk"),
                    cue=pl.col("_l").struct.field("cue"),
                )
            )
            .when(pl.col("_late").is_not_null() & pl.col("_o").struct.field("spk").is_not_null())
            .then(
                pl.struct(
                    pre=pl.col("_o").struct.field("pre"),
                    spk=pl.col("_o").struct.field("spk"),
                    cue=pl.col("_late"),
                )
            )
            .when(
                pl.col("_f").struct.field("spk").is_not_null()
                & (
                    pl.col("_f").struct.field("cue").is_not_null()
                    | pl.col("_closing").is_not_null()
                )
            )
            .then(
                pl.struct(
                    pre=pl.col("_f").struct.field("pre"),
                    spk=pl.col("_f").struct.field("spk"),
                    cue=pl.coalesce(pl.col("_f").struct.field("cue"), pl.col("_closing")),
                )
            )
            .alias("_in")
        )
        .filter(pl.col("_in").struct.field("spk").is_not_null())
        .select_seq(
            "_q",
            pl.col("_in").struct.field("spk").str.strip_chars(" ,").alias("_ispk"),
            pl.col("_in").struct.field("cue").alias("_icue"),
            (rest_start + pl.col("_in").struct.field("pre").str.len_chars().cast(pl.Int64)).alias(
                "_ioff"
            ),
        )
    )
    if inner.height == 0:
        return found
    return (
        found.join(inner, on="_q", how="left")
        .with_columns_seq(
            pl.coalesce("_ispk", "_xspk").alias("_xspk"),
            pl.coalesce("_icue", "_xcue").alias("_xcue"),
            pl.coalesce("_ioff", "_xoff").alias("_xoff"),
        )
        .drop("_ispk", "_icue", "_ioff")
    )


#: A subject that opens the sentence with a relative clause after it, then the main clause's
#: verb: "Stoltenberg, der den Gipfel eröffnete, wies", "Merkel hingegen, die ... gewarnt
#: hatte, verteidigte" (the noun after that verb is its object, no speaker; not a fronted
#: adverbial, see ``_PREPOSITION_FIRST``).
_SUBJECT_THEN_RELATIVE = (
    rf"^\s*{_OPENERS}(?:(?:[Dd](?:er|ie|as)|[Ee]ine?)\s+)?(?:{_ADJ}\s+)*"
    r"\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*)*"
    # (with a genitive: "Die Leiterin der Mission, ...")
    rf"(?:\s+(?:der|des)\s+(?:{_ADJ}\s+)*\p{{Lu}}[\p{{L}}\p{{M}}.'’-]*(?:\s+\p{{Lu}}[\p{{L}}\p{{M}}.'’-]*)*)?"
    rf"(?:\s+{_ADVERB})?,\s+(?:(?:der|die|das|welche[rs]?)\s+[^,;:„“»«.!?]*\p{{Ll}}|"
    # (or an apposition: "Der Konferenzleiter X, früher Berater von Helmut Kohl, verteidigte")
    r"(?:früher|ehemals|einst|selbst|einer|eine|ein|Chef|Leiter|Sprecher|\p{Ll}+er)\s"
    r"[^,;:„“»«.!?]{3,150}|"
    # (or a name in apposition, with its noun: "Die Leiterin der Mission, die Schwedin X Y,
    # sagte der DW:")
    r"(?:(?:der|die)\s+(?:\p{Ll}+e\s+)?\p{Lu}[\p{L}-]+\s+)?"
    r"\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,3}),\s+\p{Ll}+\s+$"
)
#: A preposition that opens the sentence (a fronted adverbial: "In seiner Rede, die ...,").
_PREPOSITION_FIRST = (
    r"^\s*(?:In|Im|Am|An|Auf|Bei|Beim|Nach|Vor|Während|Mit|Zu|Zum|Zur|Über|Unter|Seit|Gegen|"
    r"Aus|Von|Vom|Für|Wegen|Trotz)\s"
)
#: A demonstrative object alone before a fronted verb: "Das sieht der Minister anders", "Dem
#: widersprach Merz", "Dies teilte die Polizei mit" (no article, no preposition: the subject
#: follows the verb).
_DEMONSTRATIVE_OBJECT = r"(?:^|[.!?:;]\s+)(?:Das|Dies|Dem|Den)\s+$"
#: The fronted part of a main clause with a relative or temporal clause inside it, its verb
#: last, before the main clause's verb: "In seiner Rede, die im Fernsehen übertragen wurde,
#: sagte Putin", "Am Montag, als die Ergebnisse bekannt wurden, bezeichnete X ..." (the
#: subject comes after that verb).
#: After a subject, a relative clause and then the subject's name in apposition, before the
#: verb: ", der ... hatte, Mohammad Omar, stellte" (``gap``: up to the name; ``name``).
_NAME_AFTER_RELATIVE = (
    # (also after a preposition: ", zu der Plauru gehört, Ioana Răducanu, zeigte sich")
    r"^(?P<gap>,\s+(?:(?:zu|in|mit|von|bei|an|auf|aus|für|über|unter|nach|seit)\s+)?"
    r"(?:der|die|das|dem|den|denen|dessen|deren)\s[^„“»«:;,.!?]+?,\s+)"
    r"(?P<name>\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,3}),\s+\p{Ll}"
)
#: After a subject, its name in apposition and then a relative clause: ", die Italienerin
#: Chiara Rossi, die das Zentrum seit 2021 führt," (``app``: the apposition).
_NAME_BEFORE_RELATIVE = (
    rf"^(?P<app>,\s+(?:(?:der|die)\s+(?:{_ADJ}\s+)*\p{{Lu}}[\p{{L}}\p{{M}}-]+\s+)?"
    r"\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,3}),\s+(?:der|die|das|dessen|deren)\s"
)
_INSERTED_CLAUSE_HEAD = (
    # (a fronted adverbial, opening with a preposition: not the subject with its relative
    # clause, "Ein Offizier, der anonym bleiben wollte, bezeichnete die Lage als „…“")
    # (a name in quote marks may be in it: "Nach Angaben der Zeitung „Washington Post“,
    # deren Reporter ..., zeigte sich X")
    # (also a question or a claim that depends on the phrase's noun: "Auf die Frage, warum
    # der Mann blieb, sagte X", "Auf den Vorwurf, dass ..., entgegnete X")
    _PREPOSITION_FIRST + r"(?:[^,;:„“»«.!?]|„[^„“»«.!?]{1,40}“)*,\s+"
    r"(?:(?:an|auf|in|mit|bei|von|vor|für|über|unter|nach|aus|zu)\s+)?"
    r"(?:der|die|das|dem|den|deren|dessen|welche[rsmn]?|als|wo|wenn|nachdem|bevor|seit|"
    r"warum|weshalb|wieso|wann|wie|ob|was|wer|dass|daß)\s"
    r"[^,;:„“»«.!?]*\p{Ll},\s*$"
    # (or a time or a place, then another between commas: "2012, im Syrien-Krieg,
    # bezeichnete Obama ...", "Damals, mitten im Wahlkampf, sagte X ..."; or who was there:
    # "Vor 250 Politikern, darunter X und Y, warf er ...")
    r"|^\s*(?:\d{4}|Damals|Später|Zuvor|Danach|Anschließend|Gestern|Heute|Vorher|Dann|"
    r"(?:In|Im|Am|An|Auf|Bei|Beim|Nach|Vor|Während|Seit|Mit)\s[^,;:„“»«.!?]*)"
    r",\s+(?:(?:mitten|kurz|gleich|noch|schon|bereits)\s+)?(?:in|im|am|an|auf|bei|beim|nach|"
    r"vor|während|seit|mit|zu|zum|zur|unter|über|darunter|unter\s+ihnen)\s[^,;:„“»«.!?]*,\s*$"
)


#: The text before a quote up to the last semicolon in it (see :func:`_all_subjects`).
_SEMICOLON_CLAUSE = r"^((?s:.*);)[^;„“»«]*$"


def _all_subjects(q: pl.DataFrame) -> pl.DataFrame:
    """The subjects (:func:`_subjects`) of all the texts around the quotes that
    :func:`_speakers` looks in: ``_q, _col, _xspk, _xcue, _xoff``.

    They depend only on the texts (:func:`_contexts`), not on any speaker, so
    :func:`_quotes` finds them in another thread while the rules run. ``_col`` ``_before_sc``
    is the quote's own clause after a semicolon, the text before it blanked so that the
    offsets hold.
    """
    semicolon = pl.col("_before").str.extract(_SEMICOLON_CLAUSE, 1)
    q = q.with_columns_seq(
        pl.when(semicolon.is_not_null())
        .then(
            pl.concat_str(
                semicolon.str.replace_all(r"(?s:.)", " "),
                pl.col("_before").str.slice(semicolon.str.len_chars()),
            )
        )
        .alias("_before_sc")
    )
    return _subjects(
        q,
        {
            **{
                c: pl.lit(True)
                for c in ("_before", "_after", "_prev_text", "_prev2text", "_prev3text")
            },
            "_before_sc": pl.col("_before_sc").is_not_null(),
            # (for a pronoun that opens the paragraph before, see _resolve_pronouns, and for
            # a chain of indirect speech that closes it, see _speakers)
            "_pp_text": pl.col("_prev2text").is_null()
            & pl.col("_prev_text")
            .str.contains(rf"^\s*(?:Er|Sie)\s|{_SUBJUNCTIVE}|{_VERB_FIRST_PRONOUN}")
            .fill_null(False),
            "_pp3_text": pl.col("_prev2text").is_null()
            & pl.col("_prev_text").str.contains(_SUBJUNCTIVE_IN).fill_null(False)
            & pl.col("_pp_text").str.contains(_SUBJUNCTIVE_IN).fill_null(False),
        },
    )


def _in_quoted_words(text: pl.Expr, start: pl.Expr, span: pl.Expr) -> pl.Expr:
    """Whether ``span``, at ``start`` in ``text``, stands inside quoted words: an opening mark
    before it is not closed (``_OPEN_QUOTE_BEFORE``), or, with no „ before it, the next mark
    after it closes a quote (the text opens inside one: "Es gibt Schäden“, schrieb X").

    Examples
    --------
    >>> frame = pl.DataFrame({"t": ["„Wer droht, spielt Moskaus Spiel“, schrieb er.",
    ...     "KFOR wird helfen“, hieß es.", "Laut KFOR ist „alles ruhig“.",
    ...     "„KFOR hält Wort“, sagte sie."]})
    >>> at = pl.col("t").str.find("KFOR|Moskaus").cast(pl.Int64)
    >>> frame.select(
    ...     _in_quoted_words(pl.col("t"), at, pl.lit("KFOR"))
    ... ).to_series().to_list()
    [True, True, False, True]
    """
    head = text.str.slice(0, start)
    tail = text.str.slice(start + span.str.len_chars())
    return (
        head.str.contains(_OPEN_QUOTE_BEFORE)
        | (~head.str.contains("„", literal=True) & tail.str.contains(_CLOSING_FIRST))
    ).fill_null(False)


def _subjects(q: pl.DataFrame, columns: dict[str, pl.Expr]) -> pl.DataFrame:
    """:func:`_subject` for several text columns at once: ``_q, _col, _xspk, _xcue, _xoff``.

    A row's subject depends only on its own text, so one search over all columns gives the
    same as one search per column, and compiles each pattern once, not once per column
    (Polars keeps few compiled patterns, and these are large).
    """
    found = []
    parts: list[pl.DataFrame] = []
    text = pl.concat(
        [
            q.select_seq(
                "_q",
                pl.lit(column).alias("_col"),
                # (a space for a dateline's comma: the same length, so the offsets hold)
                pl.col(column)
                .fill_null("")
                .str.replace(_DATELINE_COMMA, "${1} ${2}")
                .str.replace(_PARTICLE_FIRST, "${1}   ${2}${3}")
                .alias("_text"),
                where.alias("_todo"),
            )
            .filter(pl.col("_todo") & (pl.col("_text") != ""))
            .drop("_todo")
            for column, where in columns.items()
        ]
        # (one chunk: Polars runs a pattern on each chunk in a thread of its own, and each
        # thread compiles the pattern again)
    ).rechunk()
    before_col = pl.col("_col") == "_before"
    after_col = pl.col("_col") == "_after"
    # the head is an inserted source that opens the sentence: "Wie Tass meldete, "
    # (searched only in heads that open with "Wie")
    after_source = (
        pl.when(pl.col("_head").str.contains(r"^\s*[Ww]ie\s"))
        .then(pl.col("_head").str.contains(rf"^\s*[Ww]ie\s[^,;:„“»«]*\b{_VERB},\s*$"))
        .otherwise(pl.lit(False))
    )
    for pattern in _SUBJECT if text.height else []:
        # (after a quote, "der Stiftung Warentest hat" is a genitive)
        rows = text.filter(~after_col) if pattern == _AUX_SUBJECT else text
        if rows.height and _skeleton(pattern) != pattern:
            rows = rows.filter(pl.col("_text").str.contains(_looser(_skeleton(pattern))))
        if rows.height == 0:
            continue
        if pattern.startswith("^"):
            # one match at most, at the start: its groups straight away (one pattern to
            # compile, not two)
            cands = (
                _standard_cue(
                    rows.with_columns_seq(
                        pl.col("_text").str.extract_groups(_latin(pattern)).alias("_g")
                    )
                )
                .filter(pl.col("_g").struct.field("spk").is_not_null())
                .with_columns_seq(pl.lit("").alias("_head"))
            )
            after_aux = (
                pl.col("_g").struct.field("aux").is_not_null()
                if "(?P<aux>" in pattern
                else pl.lit(False)
            )
        else:
            cands = (
                rows.with_columns_seq(pl.col("_text").str.extract_all(_latin(pattern)).alias("_m"))
                .explode("_m")
                .drop_nulls("_m")
                .rechunk()
            )
            groups = pl.col("_m").str.extract_groups(_latin(f"^(?:{pattern})$"))
            # (the groups on their own: with other columns beside them, they would be found
            # in another thread than the one that compiled the pattern for their names, and
            # compiled there again)
            cands = _standard_cue(cands.with_columns_seq(groups.alias("_g"))).with_columns_seq(
                pl.col("_text")
                .str.split_exact(pl.col("_m"), 1)
                .struct.field("field_0")
                .alias("_head")
            )
            after_aux = pl.col("_m").str.contains(r"\bha[bt]e?\s+\S+$")
        if cands.height == 0:
            continue
        parts.append(
            cands.select_seq(
                "_q",
                "_col",
                "_text",
                "_head",
                pl.struct(pl.col("_g").struct.field(f) for f in ("lead", "spk", "cue")).alias("_g"),
                after_aux.alias("_after_aux"),
                pl.lit(pattern == _VERB_FIRST).alias("_vf"),
                pl.lit(pattern == _SUBJECT_VERB).alias("_sv"),
                pl.lit(pattern == _PERFECT_AFTER_CONJUNCTION).alias("_pf"),
            )
        )
    # the candidates of all the patterns checked at once (the checks compile once)
    if parts:
        cands = pl.concat(parts)
        # a subject inside quoted words is the quote's, no one's of the narrator: "„Wer droht,
        # spielt Moskaus Spiel“, schrieb X. ... , fügte er hinzu" (an opening mark, after a
        # space and before a letter, with no mark after it, before the match)
        # (or a sentence that opens inside a quote: „… angegriffen. Es gibt Schäden“, schrieb
        # X: the next mark after the match closes a quote, after a letter or a mark that ends
        # a sentence)
        cands = cands.filter(
            ~_in_quoted_words(
                pl.col("_text"),
                pl.col("_head").str.len_chars()
                + pl.col("_g").struct.field("lead").str.len_chars().fill_null(0),
                pl.col("_g").struct.field("spk"),
            )
        )
        verb_first = pl.col("_vf")
        subject_verb = pl.col("_sv")
        lead = pl.col("_g").struct.field("lead")
        spk = pl.col("_g").struct.field("spk")
        # an object of the clause before and an apposition are no speaker: "Die Slowakei
        # übernimmt den Vorsitz, Premier Robert Fico warnt": the subject is after the comma
        # (also after two words of the clause before, where no subject comes: "übernimmt am
        # 1. Juli die EU-Präsidentschaft, Premier Robert Fico fürchtet")
        # (a subject before its verb only: after the verb a subject has its apposition)
        object_apposition = (
            subject_verb
            & (
                pl.col("_head").str.contains(r"\b(?:den|dem|einen|einem)\s+$")
                | pl.col("_head").str.extract(_CLAUSE_TAIL).str.contains(r"\S\s+\S")
            )
            & ~pl.col("_head").str.contains(
                r"\b(?:und|oder|aber|doch|denn|sondern|sowie|so|auch|dass|daß|ob|weil|wenn|als|"
                r"wie|während|nachdem|obwohl|zufolge|laut)\s+$"
            )
            & spk.str.contains(_latin(r"^[^,]+,\s+\p{Lu}"))
        ).fill_null(False)
        # ... and a name with an apposition whose closing comma is missing is one speaker:
        # "Jens Stoltenberg, Generalsekretär der Nato sagte:"
        name_apposition = (
            subject_verb
            & pl.col("_head").str.contains(_NAME_THEN_COMMA)
            & spk.str.contains(_latin(r"^\p{Lu}"))
            & ~spk.str.contains(_ARTICLE_FIRST)
        ).fill_null(False)
        cands = cands.with_columns_seq(
            pl.when(object_apposition)
            .then(pl.col("_head") + lead.fill_null("") + spk.str.extract(r"^([^,]+,\s+)", 1))
            .when(name_apposition)
            .then(pl.lit(""))
            .otherwise(pl.col("_head"))
            .alias("_head"),
            pl.when(object_apposition)
            .then(
                pl.struct(
                    pl.lit("").alias("lead"),
                    spk.str.replace(r"^[^,]+,\s+", "").alias("spk"),
                    pl.col("_g").struct.field("cue"),
                )
            )
            .when(name_apposition)
            .then(
                pl.struct(
                    pl.lit("").alias("lead"),
                    (pl.col("_head").str.strip_chars_start() + lead.fill_null("") + spk).alias(
                        "spk"
                    ),
                    pl.col("_g").struct.field("cue"),
                )
            )
            .otherwise(pl.col("_g"))
            .alias("_g"),
        )
        # a subject with a relative clause, then its name in apposition: the name is the
        # speaker ("Der Gouverneur der Provinz, der ... hatte, Mohammad Omar, stellte sich")
        named_after = (
            pl.col("_text")
            .str.slice(pl.col("_head").str.len_chars() + lead.str.len_chars() + spk.str.len_chars())
            .str.extract_groups(_NAME_AFTER_RELATIVE)
        )
        cands = cands.with_columns_seq(named_after.alias("_na")).with_columns_seq(
            pl.when(~verb_first & pl.col("_na").struct.field("name").is_not_null())
            .then(
                pl.struct(
                    (lead.fill_null("") + spk + pl.col("_na").struct.field("gap")).alias("lead"),
                    pl.col("_na").struct.field("name").alias("spk"),
                    pl.col("_g").struct.field("cue"),
                )
            )
            .otherwise(pl.col("_g"))
            .alias("_g"),
        )
        # ... or its name in apposition, then a relative clause: the name is part of the
        # speaker ("Die Leiterin des Zentrums, die Italienerin Chiara Rossi, die ..., sagte")
        named_before = (
            pl.col("_text")
            .str.slice(pl.col("_head").str.len_chars() + lead.str.len_chars() + spk.str.len_chars())
            .str.extract(_NAME_BEFORE_RELATIVE, 1)
        )
        cands = cands.with_columns_seq(
            pl.when(
                ~verb_first
                & pl.col("_na").struct.field("name").is_null()
                & ~spk.str.contains(",").fill_null(True)
                & named_before.is_not_null()
            )
            .then(
                pl.struct(
                    lead.alias("lead"),
                    (spk + named_before).alias("spk"),
                    pl.col("_g").struct.field("cue"),
                )
            )
            .otherwise(pl.col("_g"))
            .alias("_g"),
        )
        # (and an object "das" before the subject: "Anders sieht das der Minister")
        cleaned = (
            spk.str.replace(_LEADING_JUNK, "")
            .str.replace(r"^(?:[Dd]as|[Dd]ies)\s+([Dd](?:er|ie|as)\s)", "$1")
            .str.replace(_EXTENDED_ATTRIBUTE, "$1")
        )
        # (each step of ``cleaned`` is kept as a column: the next names it several times, and
        # an eager query evaluates each again, so its work grew with the product of the
        # steps; see _with_shared)
        cands = cands.with_columns_seq(cleaned.alias("_cleaned"))
        cleaned = pl.col("_cleaned")
        # ... also before a name after the verb: "Anders sieht das Merkel", "Anders sah das
        # Artjom X" (not before a noun or an adjective: "sieht das Parlament", "das Weiße Haus")
        named_after_das = cleaned.str.extract(_latin(r"^das\s+(\p{Lu}[\p{L}\p{M}'’-]*)"), 1)
        cleaned = (
            pl.when(
                verb_first
                & named_after_das.is_not_null()
                # (not a short form, a body's: "Unter anderem fordert das ODIHR")
                & ~named_after_das.str.contains(_latin(r"^\p{Lu}{2}"))
                & (
                    named_after_das.is_in(_name_series()["first"])
                    | (
                        ~named_after_das.is_in(_lexicon_nouns())
                        & ~named_after_das.str.contains(r"(?:e|en|er|es)$")
                    )
                )
            )
            .then(cleaned.str.replace(r"^das\s+", ""))
            .otherwise(cleaned)
        )
        cands = cands.with_columns_seq(cleaned.alias("_cleaned"))
        cleaned = pl.col("_cleaned")
        # ... and an addressee in the dative after a name is no part of it: "rief Noa Sabag der
        # Menge zu" (a name of two words, no noun, then "der" and a noun)
        addressed = cleaned.str.extract_groups(
            _latin(
                r"^(?P<name>\p{Lu}[\p{L}\p{M}'’-]+\s+\p{Lu}[\p{L}\p{M}'’-]+)\s+der\s+(?P<noun>\p{Lu}\p{Ll}+)$"
            )
        )
        cleaned = (
            pl.when(
                verb_first
                & addressed.struct.field("noun").is_in(_lexicon_nouns())
                & ~addressed.struct.field("name").str.extract(r"^(\S+)").is_in(_lexicon_nouns())
            )
            .then(addressed.struct.field("name"))
            .otherwise(cleaned)
        )
        cands = cands.with_columns_seq(cleaned.alias("_cleaned"))
        cleaned = pl.col("_cleaned")
        # ... and nor is the dative object of a verb that needs one
        cleaned = _without_dative_object(
            cleaned,
            verb_first,
            pl.col("_g").struct.field("cue"),
            pl.col("_text")
            .str.slice(pl.col("_head").str.len_chars() + lead.str.len_chars() + spk.str.len_chars())
            .fill_null(""),
        )
        cands = cands.with_columns_seq(cleaned.alias("_cleaned"))
        cleaned = pl.col("_cleaned")
        # ... and the agent of a passive is none: "Dabei wurde ein Landwirt von einer Kugel
        # getroffen" (but "wurde Ursula von der Leyen gewählt", a name)
        cleaned = (
            pl.when(
                pl.col("_g").struct.field("cue").is_in(["wird", "wurde"])
                & ~cleaned.str.contains(_PARTICLE_NAMES)
            )
            # (right after the verb any "von", "Am Abend wurde Merkel von Journalisten
            # gefragt"; elsewhere with an article: "Wie ein Vertreter des Mutterkonzerns von
            # Airbus mitteilte, wurde" keeps its name)
            .then(
                pl.when(verb_first)
                .then(cleaned.str.replace(r"\s+(?:von|vom)\s.*$", ""))
                .otherwise(
                    cleaned.str.replace(
                        r"\s+(?:von\s+(?:einer|einem|einen|der|dem|den)|vom)\s.*$", ""
                    )
                )
            )
            .otherwise(cleaned)
        )
        # (once, as a column: the checks below use it many times)
        cands = cands.with_columns_seq(cleaned.alias("_cleaned"))
        cleaned = pl.col("_cleaned")
        verb_first_after_source = (verb_first & before_col & after_source).fill_null(False)
        # an object first and a subject by its case after the verb: "Die Entscheidung
        # kritisierte der Minister scharf" (the noun after "der" a masculine one: a role, or
        # one that ends in no "-e" and is no feminine noun or name)
        # (looked at only where a noun phrase with "die", "das" or "eine" opens a subject or
        # the clause before a verb: the patterns are large)
        object_first: pl.Expr = pl.lit(False)
        after_object: pl.Expr = pl.lit(False)
        # (or where a pronoun that is only a subject follows the verb: "Russland warf er vor")
        pronoun_next = (
            pl.col("_text")
            .str.slice(pl.col("_head").str.len_chars() + lead.str.len_chars() + spk.str.len_chars())
            .str.contains(r"\b(?:er|ich|wir|du|sie|man)\b")
        )
        if cands.select_seq(
            (~verb_first & (spk.str.contains(_OBJECT_FIRST) | pronoun_next)).any()
        ).item():
            object_first = (
                ~verb_first
                & (pl.col("_head") + lead.fill_null(""))
                .str.extract(_CLAUSE_TAIL)
                .str.strip_chars()
                .eq("")
                & _object_first(
                    spk,
                    _text_after(
                        pl.col("_text").str.slice(
                            pl.col("_head").str.len_chars()
                            + lead.str.len_chars()
                            + spk.str.len_chars()
                        ),
                        pl.col("_g").struct.field("cue"),
                    ),
                    pl.col("_g").struct.field("cue"),
                )
            ).fill_null(False)
        # (the subject after the verb, for _VERB_FIRST: its head is that object)
        if cands.select_seq(
            (
                verb_first
                & (
                    pl.col("_head").str.extract(_CLAUSE_TAIL).str.contains(_OBJECT_FIRST)
                    | spk.str.contains(r"^\s*(?:er|ich|wir|du|sie)\b")
                )
            ).any()
        ).item():
            after_object = _object_first(
                pl.col("_head").str.extract(_CLAUSE_TAIL),
                pl.lit(" ") + spk,
                pl.col("_g").struct.field("cue"),
            )
        # the rest of the clause after the subject and its verb
        after_speaker = pl.col("_text").str.slice(
            pl.col("_head").str.len_chars() + lead.str.len_chars() + spk.str.len_chars()
        )
        clause_rest = (
            pl.when(verb_first)
            .then(after_speaker)
            .otherwise(_text_after(after_speaker, pl.col("_g").struct.field("cue")))
        )
        # the subject of a main clause of its own right before the quote, after a comma:
        # Die Nato bezeichnete das Manöver als „…“, Moskau sprach von einer „…“
        own_clause = (
            before_col
            # (or after "und", "aber" ... that end a clause with a quote: Scholz sprach von
            # einer „…“ und Merz warnte vor „…“)
            & pl.col("_head").str.contains(
                r"[,;]\s*$|[“”«»\"][^„“»«,;]{0,60}\s(?:und|aber|doch|sondern|denn)\s+$"
                # (a main clause after "und" with a comma: ..., und Russland sprach von „…“)
                r"|[,;]\s*(?:und|aber|doch|sondern|denn)\s+$"
            )
            & ~pl.col("_head").str.contains(r"\b(?:dass|daß|ob|weil|wenn|als|wie)\s*[,;]?\s*$")
            # (not the content of a verb of saying right before: Peskow sagte, die
            # Waffenlieferungen führten nur „…“)
            & ~pl.col("_head").str.contains(rf"\b{_VERB}\s*,\s*$")
            # (the quote in its clause, or in a "dass" clause of its verb: Fico fürchtet,
            # dass Migranten „…“)
            & pl.col("_text")
            .str.slice(pl.col("_head").str.len_chars() + lead.str.len_chars() + spk.str.len_chars())
            .str.contains(r"^[^,;:]*(?:,\s*(?:dass|daß|ob)\s[^,;:]*)?$")
        ).fill_null(False) | (
            # (or after a colon that closes a clause of its own, the quote in the rest of the
            # sentence: Moskau sieht das anders: Generalstabschef X warnte, Polen setze sich
            # „…“)
            before_col
            & pl.col("_head").str.contains(r"^[^,;:„“»«]*:\s+$")
            & pl.col("_text")
            .str.slice(pl.col("_head").str.len_chars() + lead.str.len_chars() + spk.str.len_chars())
            .str.contains(r"^[^:]*$")
        ).fill_null(False)
        # (lazy: the parts the columns share, the speaker cleaned, are found once)
        cands = (
            cands.lazy()
            .select_seq(
                "_q",
                "_col",
                cleaned.str.strip_chars(" ,").alias("_xspk"),
                pl.col("_g").struct.field("cue").alias("_xcue"),
                "_after_aux",
                # the word after the verb (see _lexically_possible)
                _word_after(
                    pl.col("_text").str.slice(
                        pl.col("_head").str.len_chars() + lead.str.len_chars() + spk.str.len_chars()
                    ),
                    pl.col("_g").struct.field("cue"),
                ).alias("_then"),
                # (and the word after it and "sich": a subject's first word, "Skeptischer äußerte
                # sich der Oppositionspolitiker")
                _text_after(
                    pl.col("_text").str.slice(
                        pl.col("_head").str.len_chars() + lead.str.len_chars() + spk.str.len_chars()
                    ),
                    pl.col("_g").struct.field("cue"),
                )
                .str.extract(r"^\s+(?:(?:sich|es)\s+)?([^\s,.;:]+)", 1)
                .alias("_then_np"),
                # (also the subject after the verb that opens the main clause after an inserted
                # source: Wie Interfax meldete, sagte Lawrow, die Nato sei „…“)
                own_clause.or_(verb_first_after_source).alias("_own"),
                (
                    pl.col("_head").str.len_chars()
                    + lead.str.len_chars()
                    + spk.str.len_chars()
                    - cleaned.str.len_chars()
                )
                .cast(pl.Int64)
                .alias("_xoff"),
                (
                    cleaned.is_not_null()
                    & (cleaned != "")
                    & _may_speak(spk, cleaned)
                    # a kind of words with its examples, the quote: "skandierten Parolen wie „…“"
                    & ~pl.col("_text")
                    .str.slice(
                        pl.col("_head").str.len_chars() + lead.str.len_chars() + spk.str.len_chars()
                    )
                    .str.contains(_latin(r"^\s+wie(?:\s+\p{Ll}+){0,2}\s*$"))
                    .fill_null(False)
                    # a cross reference in brackets: (Wikinews berichtete)
                    & ~pl.col("_head").str.contains(r"\(\s*$")
                    # a headline segment of its own between the subject and the quote: Stadtwahl-
                    # behörde zählte nochmals aus – Blaue orten „drastische Fehler“
                    & ~(
                        before_col
                        & pl.col("_text")
                        .str.slice(
                            pl.col("_head").str.len_chars()
                            + lead.str.len_chars()
                            + spk.str.len_chars()
                        )
                        .str.contains(_SEGMENT)
                    ).fill_null(False)
                    & ~(after_col & pl.col("_head").str.contains(_SEGMENT)).fill_null(False)
                    & ~cleaned.str.contains(r"^(?:Den|Dem|Des|Einen|Einem|Eines)\b")
                    # a comparative that opens the sentence is no subject: "Skeptischer äußerte
                    # sich X. Er warnte vor ..." (X is, after the verb)
                    & ~(
                        ~verb_first
                        & (pl.col("_head") + lead.fill_null("")).str.contains(r"^\s*$")
                        & _comparative(cleaned)
                    ).fill_null(False)
                    # "der" with a feminine noun is a dative or a genitive: sagte der Agentur
                    # Interfax
                    & ~cleaned.str.contains(_FEMININE_DATIVE)
                    # right after an addressee's noun a subject has an article: "sagte der Agentur
                    # Interfax ein Offizier" (in "sagte der Agentur Interfax:" Interfax is none)
                    & ~(
                        lead.str.contains(_AFTER_ADDRESSEE)
                        & ~cleaned.str.contains(r"^(?:[Dd](?:er|ie|as)|[Ee]ine?|[Ee]r|[Ss]ie)\b")
                    ).fill_null(False)
                    & ~(
                        pl.col("_head").str.contains(_PREPOSITION)
                        # (a fixed adverbial is no phrase of its own: "Unter anderem fordert X")
                        & ~pl.col("_head").str.contains(_FIXED_ADVERBIAL)
                        # (not "Dem" or "Den" alone before a fronted verb, an object: "Dem
                        # widersprach Merz")
                        & ~(verb_first & pl.col("_head").str.contains(_DEMONSTRATIVE_OBJECT))
                    )
                    & ~(pl.col("_head") + lead.fill_null("")).str.contains(_OBLIQUE)
                    & ~pl.col("_g").struct.field("cue").str.contains(_ENGLISH_T).fill_null(False)
                    & ~pl.col("_g")
                    .struct.field("cue")
                    .str.contains(_NOT_VERB_ADJECTIVE)
                    .fill_null(False)
                    # a participle after an article is an adjective, no verb whose subject follows:
                    # "eine viel beachtete Predigt Kardinal Faulhabers", "die lang erwartete Rede"
                    & ~(verb_first & pl.col("_head").str.contains(_ATTRIBUTIVE_BEFORE)).fill_null(
                        False
                    )
                    # an infinitive after a modal or "werden" of its clause, or before one, is no
                    # finite verb: the noun before it is its object ("Die Opposition will nun
                    # Aufklärung fordern", "Jeder soll Akteneinsicht verlangen (zu) können")
                    & ~(
                        subject_verb
                        & _infinitive_object(
                            pl.col("_head") + lead.fill_null(""),
                            pl.col("_g").struct.field("cue"),
                            clause_rest,
                        )
                    )
                    # a subordinate clause has its verb last: after "was", "dass", ... a word in -te
                    # is an adjective ("..., was detaillierte Rückschlüsse zulässt")
                    & ~(verb_first & pl.col("_head").str.contains(_OPENS_SUBORDINATE)).fill_null(
                        False
                    )
                    & (
                        ~pl.col("_g").struct.field("cue").is_in(_NOT_VERBS)
                        # a name that opens the sentence before the quote's, with a copula or a
                        # modal: the person it is about, whom a pronoun or an epithet after
                        # takes up ("Oltmanns war überglücklich. „…“, sagte der 21-Jährige";
                        # "Marvin Oltmanns konnte es kaum fassen. „…“, sagte er")
                        # (or right after the verb that follows what opens it: "Mitte
                        # Dezember soll Gerst zur Erde zurückkehren.")
                        | (
                            pl.col("_col").is_in(["_prev_text", "_prev2text", "_pp_text"])
                            & ~subject_verb
                            & (
                                (
                                    ~verb_first
                                    & (pl.col("_head") + lead.fill_null("")).str.contains(r"^\s*$")
                                )
                                | (verb_first & lead.str.contains(r"^\S+\s+$"))
                            )
                            & pl.col("_g").struct.field("cue").is_in(_COPULA_MODAL)
                            & cleaned.str.contains(_NAME_ONLY)
                            # (the verb right after the name: an apposition between is read
                            # with the name, "Merz, der Oppositionsführer, ist ...")
                            & pl.col("_text")
                            .str.slice((pl.col("_head") + lead.fill_null("") + spk).str.len_chars())
                            .str.contains(r"^\s+\p{Ll}")
                            & ~cleaned.is_in(_lexicon_nouns())
                        ).fill_null(False)
                        # "er" or "sie" with the subjunctive of indirect speech: Er sei zu dem
                        # Schluss gekommen, ...
                        | (
                            cleaned.is_in(_PRONOUNS)
                            & pl.col("_g").struct.field("cue").is_in(_SUBJUNCTIVE_SINGULAR)
                        )
                        # the verb first: "gab X bekannt", "gab X nach und bat"
                        | (verb_first & pl.col("_g").struct.field("cue").is_in(["gab", "gibt"]))
                        # "geben" with a particle of saying at the end of its clause: X gab an,
                        # dass ...; X gibt zu, ...; X gab am Montag bekannt: ...
                        | (
                            pl.col("_g")
                            .struct.field("cue")
                            .is_in(["gab", "gibt", "gaben", "geben"])
                            & _text_after(
                                pl.col("_text").str.slice(
                                    pl.col("_head").str.len_chars()
                                    + lead.str.len_chars()
                                    + spk.str.len_chars()
                                ),
                                pl.col("_g").struct.field("cue"),
                            ).str.contains(
                                r"^[^,:;„“»«.]*\b(?:an|bekannt|zu|wieder|preis|zu\s+(?:bedenken|"
                                r"verstehen|erkennen|Protokoll))\s*(?:[,:;„“»«]|$)"
                                # (and "sich" right before the quote: X gab sich „optimistisch“,
                                # not: gab sich Mühe, die „Krise“ zu lösen)
                                r"|^\s*sich(?:\s+(?:\p{Ll}+|am\s+\p{Lu}\p{Ll}+))*\s*$"
                                # (or a stance before a colon: X gab sich zuversichtlich: ...)
                                r"|^\s*sich(?:\s+\p{Ll}+){1,3}\s*:"
                                # (or one that closes the sentence: X gab sich in einer Ansprache,
                                # die ..., unbeeindruckt.)
                                # (also right after "sich": X gab sich unbeeindruckt.)
                                r"|^\s*sich\b[^.!?:;„“»«]*(?:„[^„“]*“[^.!?:;„“»«]*)*[\s,]\p{Ll}+\s*[.!]\s*$"
                                # (or blame: X gab Belgrad die Verantwortung für die Eskalation)
                                r"|^[^,:;„“»«.]*?\bdie\s+(?:alleinige\s+)?(?:Schuld|Verantwortung)\b"
                            )
                        )
                        # a modal verb with an infinitive of saying at the end of its clause, or
                        # with a colon before the quote: Der Trainer musste zugeben: „…“; Nach dem
                        # Spiel musste X einräumen, dass ...; X wollte nicht ausschließen: „…“
                        | (
                            pl.col("_g").struct.field("cue").is_in(_MODAL_FINITE)
                            & clause_rest.str.contains(
                                rf"^[^,:;„“»«.!?]*?\b(?:{_SAY_INFINITIVE})\s*(?:[,:;.„“»«]|$)"
                                r"|^[^,:;„“»«.!?]*:\s*$"
                            )
                        ).fill_null(False)
                        # a person's state of mind before a colon: Der Bürgermeister ist
                        # empört: „…“; Die Experten sind sich einig: „…“ (not a thing's: Die
                        # Lage ist ernst:)
                        | (
                            pl.col("_g").struct.field("cue").is_in(["ist", "sind", "war", "waren"])
                            & clause_rest.str.contains(
                                _latin(r"^\s+(?:sich\s+)?(?:\p{Ll}+\s+){0,2}\p{Ll}+\s*:\s*$")
                            )
                            & (
                                _person_like(cleaned)
                                # (or a paper by its name in quote marks, in a state of mind:
                                # Die „taz“ ist skeptischer: „…“)
                                | (
                                    cleaned.str.contains(r"^[Dd](?:er|ie|as)\s+„[^„“]{1,50}“$")
                                    & clause_rest.str.contains(
                                        _latin(rf"^\s+(?:\p{{Ll}}+\s+)?{_MIND}(?:er)?\s*:\s*$")
                                    )
                                )
                            )
                        ).fill_null(False)
                    )
                    & ~(
                        # (a conjunction after the comma that ends the head opens a main clause
                        # too: "Die Nato verstärkt ihre Ostflanke, und Russland spricht von „…“")
                        pl.col("_head")
                        .str.replace(r"[,;]\s*(?:und|aber|doch|sondern|denn)\s+$", "")
                        .str.strip_chars(' ,“”"«»')
                        .str.contains(r"[,;:]")
                        & ~verb_first_after_source
                        & ~(verb_first & pl.col("_head").str.contains(_INSERTED_CLAUSE_HEAD))
                        # (a verb of saying with its subject after a comma, closing the sentence:
                        # "Es gebe Hilfe bei Satelliten, U-Booten und Luftabwehr, sagt X.")
                        & ~(
                            verb_first
                            & pl.col("_g").struct.field("cue").str.contains(f"^{_VERB_WIDE}$")
                            & pl.col("_head").str.contains(r",\s*$")
                            & after_speaker.str.contains(r"^[^,;:„“»«.!?]{0,40}[.!?:]\s*$")
                            # (after a clause with a verb, not after a subject and its
                            # apposition: "Die Politikerin X, Anja Hajduk, kritisierte die Pläne")
                            & (
                                pl.col("_head").str.contains(_SUBJUNCTIVE_IN)
                                | pl.col("_head").str.contains(_COMMON_FINITE)
                            )
                        ).fill_null(False)
                        # (a main clause of its own after the commas of a quote's attribution:
                        # „…“, urteilte X, und Y attestierte dem Trainer „…“; not a relative clause)
                        & ~(
                            own_clause
                            & subject_verb
                            & pl.col("_head").str.contains(r"[“”«»\"]\s*,")
                            & ~spk.str.contains(
                                r"^(?:der|die|das|dem|den|deren|dessen|welche[rsmn]?)\b"
                            )
                        )
                        # (or after a semicolon, which closes a main clause: Der Kreml wies jede
                        # Beteiligung zurück; Kremlsprecher X nannte die Vorwürfe „…“)
                        & ~(own_clause & pl.col("_head").str.contains(r";\s*$"))
                        # (a clause of its own after a colon: Kritik kam aus der Opposition: Die
                        # Linke sprach von einer „…“; also in a sentence before the quote's)
                        & ~(
                            subject_verb
                            & ~after_col
                            & pl.col("_head").str.contains(r"^[^,;:„“»«]*:\s+$")
                        )
                    )
                    & ~(
                        pl.col("_head").str.contains(_DETERMINER)
                        # (a demonstrative object alone before a fronted verb: "Das sieht der
                        # Minister anders")
                        & ~(verb_first & pl.col("_head").str.contains(_DEMONSTRATIVE_OBJECT))
                    )
                    & (
                        ~subject_verb
                        # "er" is a subject by its case wherever it stands
                        | cleaned.is_in(_PRONOUNS)
                        | pl.col("_head").str.extract(_CLAUSE_TAIL).str.contains(_SUBORDINATE)
                        | ~pl.col("_head")
                        .str.extract(_CLAUSE_TAIL)
                        .str.contains(_OBLIQUE_IN_CLAUSE)
                    )
                    # a subject and its auxiliary first: a noun before the participle is its
                    # object (Die Regierung hatte Russland kritisiert; not after an adverbial:
                    # Am Montag hat Russland kritisiert, ...)
                    & ~(
                        subject_verb
                        & ~cleaned.is_in(_PRONOUNS)
                        & pl.col("_head").str.extract(_CLAUSE_TAIL).str.contains(_AUX_AT_END)
                        & pl.col("_head")
                        .str.extract(_CLAUSE_TAIL)
                        .str.replace(_AUX_AT_END, "")
                        .str.contains(_SUBJECT_ONLY)
                        & ~pl.col("_head")
                        .str.extract(_CLAUSE_TAIL)
                        .str.replace(_AUX_AT_END, "")
                        .str.strip_chars()
                        .str.contains(_NOT_SPEAKER)
                    ).fill_null(False)
                    # in a subordinate clause whose subject came first, a noun before the verb is
                    # its object: Nachdem das Königshaus die Verlobung bestätigt hat, ...
                    & ~(
                        subject_verb
                        & ~cleaned.is_in(_PRONOUNS)
                        & pl.col("_head").str.extract(_CLAUSE_TAIL).str.contains(_SUBJECT_FIRST)
                    ).fill_null(False)
                    # the verb first only after something that is not its subject: in "Alan
                    # Posener legte die Pause aus" the noun after the verb is its object
                    & ~object_first
                    & pl.when(verb_first)
                    .then(
                        after_object
                        | ~(
                            pl.col("_head").str.extract(_CLAUSE_TAIL).str.contains(_SUBJECT_ONLY)
                            & ~pl.col("_head")
                            .str.extract(_CLAUSE_TAIL)
                            .str.strip_chars()
                            .str.contains(_NOT_SPEAKER)
                            # an object first ("Den Namen des Dorfs möchte er ...") and a pronoun
                            # after the verb leave the subject after the verb
                            & ~pl.col("_head")
                            .str.extract(_CLAUSE_TAIL)
                            .str.contains(r"^\s*(?:Den|Dem|Des|Einen|Einem|Eines)\s")
                            & ~cleaned.is_in(_PRONOUNS)
                            # (nor does a comparative: "Zurückhaltender äußerte sich X")
                            & ~_comparative(
                                pl.col("_head").str.extract(_CLAUSE_TAIL).str.strip_chars()
                            )
                        ).fill_null(False)
                    )
                    .otherwise(pl.lit(True))
                    # a participle with a separable prefix and an ending is an adjective, no
                    # verb of a main clause ("Das in München vorgestellte Modell")
                    & ~pl.col("_g").struct.field("cue").str.contains(_PREFIXED_PARTICIPLE)
                    # a participle right after a noun is a headline ("Lenker festgenommen"), unless
                    # it is a verb of saying in the present ("gesteht")
                    & ~(
                        pl.col("_g")
                        .struct.field("cue")
                        .str.contains(_latin(r"^ge\p{Ll}{3,}(?:t|en)$"))
                        & ~pl.col("_g").struct.field("cue").str.contains(f"^{_VERB_WIDE}$")
                        & ~pl.col("_pf")
                    )
                ).alias("_ok"),
            )
            .collect(engine=_SHARED_ENGINE, optimizations=_SHARED_ONLY)
        )
        found.append(cands.filter(pl.col("_ok")).drop("_ok"))
    if not found:
        return pl.DataFrame(
            schema={
                "_q": pl.UInt32,
                "_col": pl.String,
                "_xspk": pl.String,
                "_xcue": pl.String,
                "_xoff": pl.Int64,
            }
        )
    subjects = (
        _lexically_possible(pl.concat(found))
        .with_columns_seq(
            pl.col("_xcue").is_in(_AUXILIARIES).alias("_aux"),
            # a subject of a verb of saying first, then the earliest
            ~pl.col("_xcue").str.contains(f"^{_VERB_WIDE}$").alias("_plain"),
        )
        # at the same place the longest speaker (with its apposition); a stable sort, so that
        # the result does not depend on the order in which threads return candidates
        .with_columns_seq(pl.col("_xspk").str.len_chars().alias("_len"))
        .sort(
            "_q",
            "_col",
            "_aux",
            "_plain",
            "_own",
            "_xoff",
            "_len",
            "_xspk",
            descending=[False, False, False, False, True, False, True, False],
            maintain_order=True,
        )
        .unique(["_q", "_col"], keep="first", maintain_order=True)
        .drop("_aux", "_plain", "_len", "_own")
    )
    # (one who quotes someone gives that one's words: the one quoted, named after it, is the
    # source, "zitierte die Agentur Tass die Sprecherin X" X's)
    quoting = subjects.filter(pl.col("_xcue").str.contains(r"^zitiert(?:e|en)?$"))
    if quoting.is_empty():
        return subjects
    rest = pl.col("_text").str.slice(pl.col("_xoff") + pl.col("_xspk").str.len_chars())
    quoted = (
        quoting.join(text.select_seq("_q", "_col", "_text"), on=["_q", "_col"])
        .with_columns_seq(
            rest.str.extract(_QUOTED_OBJECT, 2).alias("_obj"),
            (
                pl.col("_xoff")
                + pl.col("_xspk").str.len_chars()
                + rest.str.extract(_QUOTED_OBJECT, 1).str.len_chars()
            ).alias("_ooff"),
        )
        .filter(pl.col("_obj").is_not_null())
        .select_seq("_q", "_col", "_obj", "_ooff")
    )
    return (
        subjects.join(quoted, on=["_q", "_col"], how="left", maintain_order="left")
        .with_columns_seq(
            pl.coalesce("_obj", "_xspk").alias("_xspk"),
            pl.coalesce("_ooff", "_xoff").alias("_xoff"),
        )
        .drop("_obj", "_ooff")
    )


#: The one a verb of quoting quotes, named after its subject: "(zitierte die Agentur) den
#: Vizeminister X", "(Die Agentur) zitierte den Vizeminister X" (group 1: what comes before
#: it; see :func:`_subjects`).
_QUOTED_OBJECT = (
    r"^(\s+(?:zitiert(?:e|en)?\s+)?)"
    rf"((?:den|die|das|einen|eine|ein)\s+(?:{_ADJ}\s+)*{_NAMESEQ}{_APPOS})"
)


#: A clause before a fronted verb that is only a subject-like noun phrase.
#: A perfect's auxiliary at the end of a clause's head (before the span after it).
#: (adverbs may stand between: "Medwedew hatte zuvor überraschend das Ende ... verkündet")
_AUX_AT_END = (
    rf"\s+(?:hat|hatte|haben|hatten)(?:\s+(?:{_ADVERB}|\p{{Ll}}+(?:end|lich|weise)))"
    r"{0,3}\s+$"
)
_SUBJECT_ONLY = (
    rf"^\s*(?:(?:Nicht\s+nur|Auch|Selbst|Sogar|Nur|Und|Aber|Doch)\s+)?"
    rf"(?:{_NOM_NP})?{_NAMESEQ}{_PARENS}\s*$"
)
#: An object first: a noun phrase with "die", "das" or "eine" (nominative or accusative)
#: that opens the clause before its verb ("Die Entscheidung kritisierte der Minister",
#: "Das Angebot wies der Kreml zurück").
_OBJECT_FIRST = (
    r"^\s*(?:(?:Auch|Selbst|Sogar|Nur|Und|Aber|Doch)\s+)?(?:Die|Das|Diese|Dieses|Eine)\s"
    # (or a name's genitive: "Johnsons dauernde Ausflüchte kontrastierte der frühere ...")
    r"|^\s*\p{Lu}\p{Ll}+s\s+(?:\p{Ll}+e[nrs]?\s+)*\p{Lu}"
    # (or an abstract noun in the plural, with no article: "Befürchtungen, ..., wies sie zurück")
    r"|^\s*\p{Lu}[\p{L}-]*(?:ungen|ionen|heiten|keiten|täten|nisse)\b"
    # (or a plural with a quantifier: "Weitere Zinsschritte wollte der Spanier nicht zusagen")
    r"|^\s*(?:Weitere|Andere|Neue|Zahlreiche|Mehrere|Einige)\s"
)
#: A thing as an object first: what a speaker rejects, calls or criticises ("Die Vorwürfe",
#: "Die Pläne der Nato", "Das Angebot", "Diese Forderung"; a plural of "-ungen", "-ionen"
#: ...: "Die Verhandlungen"). Not a document or a law, which say things themselves ("Die
#: Erklärung nennt Russland ...", "Der Vertrag sieht vor"). Also an abstract noun after "eine"
#: ("Eine militärische Lösung schloss sie aus").
_THING_FIRST = (
    rf"^\s*(?:(?:Auch|Selbst|Sogar|Nur|Und|Aber|Doch)\s+)?(?:Die|Das|Diese|Dieses|Eine)\s+"
    rf"(?:{_ADJ}\s+)*(?:\p{{Lu}}[\p{{L}}-]*(?:ungen|ionen|heiten|keiten|täten|nisse)|"
    r"(?:\p{Lu}[\p{L}-]*-|\p{Lu}\p{Ll}+)?(?:Vorwürfe|Vorwurf|Pläne|Plan|Angebot|Vorschlag|"
    r"Vorschläge|Sanktionen|Kritik|Angriffe|Aussage|Aussagen|Äußerung|Idee|Beschluss|Beschlüsse|"
    r"Maßnahmen|Lage|Gerüchte|Spekulationen|Zahlen|Darstellung|Forderung|Drohung|Manöver|"
    r"Entscheidung|Einschätzung|Behauptung|Frage|Fragen|Vorgänge|Vorfälle|Vorfall|Gespräche|"
    r"Ergebnisse)"
    # (an abstract noun in the singular: "Die Schließung des Werks nannte sie „…“"; not a body,
    # see _BODY_FIRST)
    r"|\p{Lu}[\p{L}-]*(?:ung|heit|keit))\b"
    # (an abstract noun in the plural also with no article: "Befürchtungen wies sie zurück")
    r"|^\s*\p{Lu}[\p{L}-]*(?:ungen|ionen|heiten|keiten|täten|nisse)\b"
    # (and one in the singular after "eine": "Eine militärische Lösung schloss sie aus")
    rf"|^\s*(?:(?:Auch|Selbst|Sogar|Nur|Und|Aber|Doch)\s+)?Eine\s+(?:{_ADJ}\s+)*"
    r"\p{Lu}[\p{L}-]*(?:ung|heit|keit|tät)\b"
)
#: ... but not a body or a document in the singular, which speak ("Die Regierung nannte sie
#: „Terroristen“", "Die Mehrheit lehnte die Pläne ab", "Die Erklärung nennt Russland ...").
_BODY_FIRST = (
    r"^\s*(?:(?:Auch|Selbst|Sogar|Nur|Und|Aber|Doch)\s+)?(?:Die|Das|Diese|Dieses|Eine)\s+"
    rf"(?:{_ADJ}\s+)*\S*(?i:regierung|führung|verwaltung|stiftung|bewegung|vereinigung|"
    r"versammlung|leitung|vertretung|mehrheit|minderheit|einheit|öffentlichkeit|"
    # (nor a document or a paper, which say things too: "Die Erklärung nennt Russland ...")
    r"erklärung|mitteilung|meldung|stellungnahme|verordnung|vereinbarung|entschließung|"
    r"zeitung)\b"
)
#: ... of them the plurals ("Die Vorwürfe", "Die Verhandlungen"), also with a genitive
#: after them ("Die Forderungen der Opposition").
_THING_PLURAL = (
    r"^\s*(?:(?:Auch|Selbst|Sogar|Nur|Und|Aber|Doch)\s+)?(?:Die|Diese)\s+(?:\S+\s+)*"
    r"\S*(?:ungen|ionen|heiten|keiten|täten|nisse|Vorwürfe|Pläne|Vorschläge|Angriffe|Aussagen|"
    r"Beschlüsse|Maßnahmen|Gerüchte|Zahlen|Fragen|Vorgänge|Vorfälle|Gespräche|Ergebnisse)"
    r"(?:\s+(?:der|des)\s+[^\s,]+(?:\s+[^\s,]+){0,3})?$"
)
#: ... a name after the verb: one to three capitalised words, then a word in lower case, a
#: quote mark or a colon ("wies Peskow zurück", "nannte Lawrow „…“").
_NAME_AFTER_VERB = (
    r"^\s+(?:(?:auch|nun|jetzt|zudem|ebenfalls|bereits|schon|umgehend|prompt|sofort|scharf|"
    r"dagegen|wiederum|seinerseits|erneut)\s+){0,2}"
    r"\p{Lu}[\p{L}\p{M}-]+(?:\s+\p{Lu}[\p{L}\p{M}-]+){0,2}(?:\s+\p{Ll}|\s*[„“»«\"‚:,]|\s*$)"
)
#: ... and after the verb a subject by its case: "der" and a noun that is no feminine one
#: (a dative: "sagte der Zeitung", "der Ukraine"; group 1: the noun).
_DER_AFTER_VERB = (
    r"^\s+(?:(?:auch|nun|jetzt|zudem|ebenfalls|bereits|schon|umgehend|prompt|sofort|scharf|"
    r"dagegen|wiederum|seinerseits|erneut|am\s+\p{Lu}\p{Ll}+)\s+){0,2}"
    rf"der\s+(?:{_ADJ}\s+)*(\p{{Lu}}[\p{{L}}\p{{M}}-]*)"
)
#: Masculine bodies that "der" opens as a subject.
_MASCULINE_BODY = (
    r"^(?:Kreml|Westen|Bundestag|Bundesrat|Senat|Kongress|Vatikan|Papst|Staat|Rat|Sicherheitsrat|"
    r"Geheimdienst|Konzern|Verband|Verein|Vorstand|Ausschuss|Sender|Veranstalter|Kläger)$"
)


def _masculine_subject(text: pl.Expr) -> pl.Expr:
    """``text`` (after a verb) opens with "der" and a masculine noun of a person or a body:
    a subject by its case.

    The noun is a role of the kind a speaker has (``_ROLE_NOUN``) that is no feminine one, or
    a masculine body ("der Kreml", "der Bundestag"); "der" with any other noun may be a
    dative ("stimmte der Reform zu", "sagte der Zeitung", "widersprach der Ministerin").

    Examples
    --------
    >>> texts = [" der Minister scharf", " der Kreml zurück", " der Zeitung", " der Spanier"]
    >>> pl.select(_masculine_subject(pl.lit(pl.Series(texts)))).to_series().to_list()
    [True, True, False, True]
    """
    noun = text.str.extract(_DER_AFTER_VERB, 1)
    return (
        (
            _has_word(noun, _ROLE_NOUN)
            & ~noun.str.contains(r"(?i:ung|ei|schaft|behörde|ion|agentur|in|innen)$")
        )
        | noun.str.contains(_MASCULINE_BODY)
        # (or a man by his nation or region: "der Spanier", "der Münchner")
        | noun.is_in(_masculine_demonyms())
    ).fill_null(False)


@cache
def _masculine_demonyms() -> pl.Series:
    """The nouns of a man by his nation or region of ``_EPITHET`` ("Spanier", "Münchner"; a
    series of one list for ``is_in``, see :func:`_lexicon_nouns`)."""
    words = [*_NATIONALITY_SIDE, *_REGIONAL_DEMONYMS]
    return pl.Series([w for w in words if not w.endswith("in")]).unique().implode()


#: A pronoun that is only a subject, right after a verb: "warf er", "sehen wir", "wolle man".
_NOMINATIVE_AFTER_VERB = r"^\s*(?:er|ich|wir|du|man)\b"
#: A plural by a quantifier before its noun: "Weitere Maßnahmen", "Mehrere Staaten".
_QUANTIFIED_PLURAL = (
    r"^(?:Weitere|Andere|Neue|Zahlreiche|Mehrere|Viele|Einige|Alle|Beide)\s+\p{Lu}[\p{L}-]*$"
)


def _object_first(spk: pl.Expr, after_verb: pl.Expr, cue: pl.Expr) -> pl.Expr:
    """``spk`` before its verb ``cue`` is its object: it opens with "die", "das" or "eine" and
    a subject by its case follows the verb (``after_verb``): "Die Entscheidung kritisierte
    der Minister", "Das Angebot wies der Kreml zurück"; or it is a thing that no one says
    anything, and a name follows a verb of saying: "Die Vorwürfe wies Peskow zurück", "Die Pläne
    der Nato nannte Lawrow „…“", a noun with its article follows a verb in the singular where
    the thing is a plural ("Die Vorwürfe wies die Botschaft zurück", also with a genitive: "Die
    Pläne der Nato nannte die Botschaft „…“") or the verb one of saying ("Die Forderung wies
    die Regierung zurück"), or "sie" follows a verb
    of saying in the singular: "Die Vorwürfe wies sie zurück". Whatever ``spk`` is (no
    pronoun), a pronoun that is only a subject right after the verb makes it the object: "Die
    Vorwürfe wies er zurück", "Russland warf er vor"; so does "sie" after a verb in the
    singular where ``spk`` is a plural: "Weitere Maßnahmen schloss sie nicht aus". Any
    abstract noun in the singular is a thing ("Die Schließung des Werks nannte sie „…“"), but
    not a body or a document, which speak ("Die Regierung nannte sie „Chaoten“").
    """
    # (a clause's head before its verb ends in a space: "Die Pläne " is a plural too)
    spk = spk.str.strip_chars_end()
    thing = spk.str.contains(_THING_FIRST) & ~spk.str.contains(_BODY_FIRST)
    return (
        # (a pronoun in the nominative after the verb, whatever came first: "Die Österreicher
        # vergleicht er mit ...", "Russland warf er vor, ...")
        (after_verb.str.contains(_NOMINATIVE_AFTER_VERB) & ~spk.is_in(_PRONOUNS))
        # (and "sie" after a verb in the singular, a plural first: "Die Maßnahmen schloss sie
        # nicht aus", "Weitere Maßnahmen schloss sie nicht aus")
        | (
            after_verb.str.contains(r"^\s*sie\b")
            & ~cue.str.contains(r"(?:en|ern|eln)$")
            & ((_gender(spk) == "p") | spk.str.contains(_QUANTIFIED_PLURAL))
        )
        | spk.str.contains(_OBJECT_FIRST)
        & (
            _masculine_subject(after_verb)
            | (
                thing
                & cue.str.contains(f"^{_VERB_WIDE}$")
                # (a verb in the singular: "Die Vorwürfe wiesen X zurück" has them as subject)
                & ~cue.str.contains(r"(?:en|ern|eln)$")
                & after_verb.str.contains(_NAME_AFTER_VERB)
            )
            # (or, a plural first, any noun with its article after a verb in the singular:
            # "Die Vorwürfe wies die russische Botschaft zurück"; so too after a verb of
            # saying with a thing in the singular first, which says nothing: "Die Forderung
            # wies die Regierung zurück")
            | (
                thing
                & (spk.str.contains(_THING_PLURAL) | cue.str.contains(f"^{_VERB_WIDE}$"))
                & ~cue.str.contains(r"(?:en|ern|eln)$")
                & after_verb.str.contains(r"^\s*(?:der|die|das|ein|eine)\s+\S")
            )
            # (or "sie" after a verb in the singular: a thing speaks no words, "Die Vorwürfe
            # wies sie zurück" is hers, and so is "Eine Lösung schloss sie aus" with any verb)
            | (
                thing
                & ~cue.str.contains(r"(?:en|ern|eln)$")
                & after_verb.str.contains(r"^\s*sie\b")
            )
            # (or a person with "ein" or "eine" after a verb of saying in the singular, a
            # common noun of no person nor body first: "Die Sekunden des Unglücks schilderte
            # eine Passagierin")
            | (
                cue.str.contains(f"^{_VERB_WIDE}$")
                & ~cue.str.contains(r"(?:en|ern|eln)$")
                & (
                    _has_word(after_verb.str.extract(_PERSON_A_AFTER_VERB, 1), _ROLE_NOUN)
                    # (or a woman's role with "die": "Eine Blockade hält die Expertin für
                    # unwahrscheinlich")
                    | after_verb.str.extract(_WOMAN_AFTER_VERB, 1).str.contains(_FEMININE_ROLE)
                )
                & spk.str.extract(_FIRST_NOUN, 1).is_in(_plain_nouns())
                & ~_has_word(spk.str.extract(_FIRST_NOUN, 1), _ROLE_NOUN)
                & ~spk.str.contains(_BODY_FIRST)
            )
        )
    ).fill_null(False)


#: A person with "ein" or "eine" right after a verb (group 1: the noun): "schilderte eine
#: Passagierin", "sagte ein älterer Anwohner".
_PERSON_A_AFTER_VERB = (
    r"^\s+(?:(?:auch|nun|später|dann|zudem|ebenfalls|dem\s+\p{Lu}[\p{L}-]*)\s+)?"
    rf"(?:ein|eine)\s+(?:{_ADJ}\s+)*(\p{{Lu}}[\p{{L}}-]*)"
)
#: ... or a woman's role with "die" (group 1: the noun): "hält die Expertin".
_WOMAN_AFTER_VERB = (
    r"^\s+(?:(?:auch|nun|später|dann|zudem|ebenfalls|derzeit)\s+)?"
    rf"die\s+(?:{_ADJ}\s+)*(\p{{Lu}}[\p{{L}}-]*)"
)
#: The first noun of a phrase with its article and adjectives (group 1): "Die Sekunden" of
#: "Die Sekunden des Unglücks".
_FIRST_NOUN = rf"^\s*(?:Die|Das|Diese|Dieses|Eine)\s+(?:{_ADJ}\s+)*(\p{{Lu}}[\p{{L}}-]*)"


#: A headline segment with a verb of its own after a dash: "– Blaue orten ..." (not a
#: bare noun: "– Polizeichef „…“").
_SEGMENT = r"\s[–—]\s+\p{Lu}[^–—„“\"»«]*?\s\p{Ll}{2,}"
#: An inflected participle of a separable verb ("vorgestellte", "angekündigten"): an
#: adjective, never the finite verb of a main clause (that is split: "stellte ... vor").
_PREFIXED_PARTICIPLE = (
    r"^(?:ab|an|auf|aus|bei|dar|ein|fest|fort|her|hin|los|mit|nach|vor|weg|zu|zurück|zusammen|"
    r"heraus|hervor|hinaus|hinzu|vorbei|voran|weiter|wieder|frei|bekannt|statt|teil)"
    r"ge\p{Ll}{2,}(?:te|ten|tes|ter|tem|ene|enen|enes|ener|enem)$"
)
#: The agent of a passive of saying: "... wurde von einer Armeesprecherin bestätigt."
_PASSIVE_AGENT = (
    r"^(?P<pre>(?s:.*?)\b(?:wurde|wurden|wird|werden|ist|sind|war|waren)\b[^.!?]*?\bvon\s+)"
    r"(?P<spk>(?:(?:einer|einem|dem|der|den)\s+)?(?:\p{Ll}[\p{L}-]+(?:e|en|er|es|em)\s+)*"
    r"\p{Lu}[\p{L}\p{M}-]+(?:\s+\p{Lu}[\p{L}\p{M}-]+)*)[^.!?]*?\s+"
    rf"(?P<cue>{_PARTICIPLE})\s*[.!?]?\s*$"
)
#: Nouns of an occasion or a channel of speaking ("im Interview", "in einer Aussendung").
_OCCASION = (
    r"\p{L}*-?(?i:interview|gespräch|rede|ansprache|mitteilung|aussendung|erklärung|konferenz|"
    r"stellungnahme|bericht|brief|schreiben|sendung|radio|fernsehen|podcast|blog|beitrag|video|"
    r"kommentar|debatte|diskussion|sitzung|anhörung|meldung|telefonat|talkshow|tweet|"
    r"veranstaltung|auftritt|predigt|ausgabe|fragestunde|twitter|instagram|facebook|telegram|"
    r"tiktok|youtube|linkedin|mastodon|kurznachrichtendienst|nachrichtenkanal|"
    # broadcasters: "sagte Giffey im ZDF"
    r"zdf|ard|orf|srf|ntv|deutschlandfunk|deutschlandradio|bbc|cnn|phoenix|"
    # occasions: "bei Vorlage der Zahlen", "am Rande des Gipfels", "nach dem Treffen"
    r"vorlage|präsentation|vorstellung|rande|besuch|treffen|gipfel|auftakt|"
    # (and its time: "zu Beginn der Debatte", "zum Abschluss des Treffens")
    r"beginn|anfang|ende|schluss|abschluss|eröffnung|"
    # (in court: "sagte der Richter bei der Urteilsverkündung", "im Plädoyer")
    r"verkündung|begründung|verhandlung|prozess|plädoyer|vernehmung|befragung|"
    # (given to the record: "gab X zu Protokoll")
    r"protokoll|"
    # houses spoken in: "sagte Scholz im Bundestag", "vor dem Sicherheitsrat"
    r"bundestag|bundesrat|landtag|parlament|plenum|unterhaus|oberhaus|sicherheitsrat|"
    r"vollversammlung|generalversammlung|europaparlament|abgeordnetenhaus|duma|rada)"
)
#: The circumstance of speaking after a speaker's name, cut from the speaker: "Merkel in
#: ihrer Rede", "der Minister im Gespräch mit dem STANDARD", "die Polizei in einer
#: Mitteilung" (a phrase with an indefinite or possessive article, or one whose noun is an
#: occasion or channel of speaking); "ein Sprecher der Polizei in Dortmund" keeps its place.
_CIRCUMSTANCE = (
    # a paper it was said in: "in der Kronen Zeitung", "im Magazin Profil"
    r"\s+(?:in|im)\s+(?:(?:der|dem)\s+)?(?:\p{Lu}\S*\s+)?\p{L}*(?:[Zz]eitung|[Mm]agazin|[Bb]latt|"
    r"[Zz]eitschrift|[Jj]ournal)\b"
    r"[^()]*$|"
    r"\s+(?:in|im|bei|beim|auf|während|nach|vor|zu|zum|zur|über|am|gegenüber)\s+"
    r"(?:(?:einer|einem|eines|einen|ihrer|ihrem|ihres|ihren|seiner|seinem|seines|seinen|deren|"
    r"dessen)\b|(?:(?:der|dem|den|des|die|das)\s+)?(?:\p{Ll}[\p{L}-]*(?:e|en|er|es|em)\s+)*"
    rf"(?:{_OCCASION}|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|"
    r"November|Dezember|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|"
    r"Wochenende|Frühjahr|Sommer|Herbst|Winter|Nacht|Abend|Morgen|Vormittag|Nachmittag|"
    r"Mittag|Vorabend)\b)[^(),]*$"
    # a time of a weekday: "so der Statistiker Mittwochabend"
    r"|(?:\s+(?:vom|am|seit))?\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)"
    r"(?:abend|morgen|"
    r"vormittag|nachmittag|mittag|nacht)\b[^(),]*$"
    # "meldete sich X zu Wort"
    r"|\s+zu\s+Wort$"
)
#: The end of a noun that takes its field with "für" as part of its name: a body or an office
#: ("Bundesamt für Verfassungsschutz", "Institut für Kriegsstudien", "Beauftragte für
#: Menschenrechte", "Hoher Vertreter für Außenpolitik", "Alternative für Deutschland").
_FIELD_HEAD = (
    r"(?i:(?:amt|institut|ministerium|minister|beauftragt|kommissar|agentur|zentrum|zentrale|"
    r"stiftung|gesellschaft|verband|vereinigung|rat|kommission|komitee|ausschuss|vertreter|"
    r"sekretär|referent|expert|professor|direktor|leiter|koordinator|gesandt|behörde|anstalt|"
    r"büro|akademie|hochschule|universität|organisation|allianz|bündnis|alternative|"
    r"arbeitsgemeinschaft|sprecher|chef|manager|senator|dezernent|fonds|programm|initiative|"
    r"partei|forum|netzwerk|liga|union|front|bewegung|hof|tribunal|kammer|dienst|center|labor|"
    r"stelle|verein|arbeitskreis|forscher|berater|gremium|plattform|koalition|kampagne|"
    r"konferenz|beirat|obmann|obfrau|staatsminister)"
    r"(?:e|en|er|es|s|in|innen|ses|ns|n)?)\b"
)
#: The verbs of saying whose object is a dative, besides a quote or a clause: "warf X Y
#: vor", "hielt X Y vor", "unterstellte X Y".
_DATIVE_OBJECT_VERBS = (
    r"(?i:warf|wirft|warfen|werfen|hielt|hält|hielten|halten|unterstellte|unterstellten|"
    r"unterstellt|attestierte|attestierten|bescheinigte|bescheinigten)"
)
#: ... as a cue.
_DATIVE_OBJECT_VERB = rf"^{_DATIVE_OBJECT_VERBS}$"
#: A paper or agency after a name with "der" or "einer": "Lokowandt der Deutschen
#: Presse-Agentur", "der Minister einer Zeitung" (a dative: the one spoken to).
_ADDRESSEE_DER = (
    # (also after two words of its name: "der Austria Presse Agentur")
    r"^(.*?\p{Lu}[\p{L}\p{M}.-]*)\s+(?:der|einer)\s+"
    r"(?:\p{L}[\p{L}-]*(?:e|en|er)\s+|\p{Lu}[\p{L}-]*\s+\p{Lu}[\p{L}-]*\s+)?"
    # (a paper's name first in a compound: "der „Bild“-Zeitung", "der Bild-Zeitung")
    r"(?:„?\p{Lu}[\p{L}]*“?-)?"
    r"(?:Presse-Agentur|Nachrichtenagentur|Agentur|Zeitung|Tageszeitung|Wochenzeitung|"
    r"Sonntagszeitung|Zeitschrift|Illustrierten|Presse|Welle|"
    # (media known by their name alone: "sagte Budanow der New York Times", "der BBC")
    r"New\s+York\s+Times|Washington\s+Post|Financial\s+Times|Times|BBC|ARD|ZDF|dpa|AFP|TASS|"
    r"Tass|FAZ|taz)\b"
)
#: ... a name in quote marks with "der" after a bare name ("Masala der „Bild“"), ...
_ADDRESSEE_QUOTED = (
    r"^((?:(?:[Dd](?:er|ie|as)|[Ee]ine?[nmrs]?)\s+.*?)?"
    # (a name with a particle too: "sagte Ursula von der Leyen der „Bild am Sonntag“")
    rf"(?:{_PARTICLE_NAMES}|\p{{Lu}}[\p{{L}}\p{{M}}.-]*)"
    rf"(?:\s+(?:{_PARTICLE_NAMES}|\p{{Lu}}[\p{{L}}\p{{M}}.-]*)){{0,2}})\s+der\s+„"
)
#: People who work for a paper or an agency: "ein Sprecher der Agentur" is its employee.
_MEDIA_STAFF = (
    r"(?i:sprecher|redakteur|korrespondent|journalist|reporter|mitarbeiter|chef|leiter|direktor|"
    r"herausgeber|autor|kolumnist|analyst|vertreter|verleger|gründer|eigentümer)(?:in|innen)?$"
)
#: The papers' names: one list for every rule that knows a paper by its name or the last
#: word of its title.
#:
#: Papers whose name is also a common noun ("Spiegel", "Welt"): names after an article or
#: a preposition.
_PAPER_WORDS = [
    "Spiegel", "Standard", "Zeit", "Welt", "Presse", "Stern", "Focus", "Kurier", "Freitag",
    "Merkur", "Express", "Bild", "Tagesspiegel", "Falter", "Profil", "Handelsblatt", "Taz",
]  # fmt: skip
#: ... and the last words of other papers' titles ("Rheinische Post", "Frankfurter
#: Allgemeine", "Kölnische Rundschau", "Financial Times").
_PAPER_TITLE_ENDS = [
    "Post", "Anzeiger", "Rundschau", "Nachrichten", "Bote", "Echo", "Allgemeine", "Journal",
    "Volksstimme", "Iswestija", "Kommersant", "Prawda", "Times", "Guardian", "Telegraph",
    "Observer", "Herald", "Tribune", "Monde", "Figaro", "Gazette",
]  # fmt: skip
_PAPER_NAME_WORDS = "|".join(_PAPER_WORDS)
_PAPER_END_WORDS = "|".join(_PAPER_TITLE_ENDS)
#: A paper's name in quote marks after "der" at the end of a speaker: "der „Süddeutschen
#: Zeitung“", "der „Welt am Sonntag“", "der „Bild“" (in the dative, "der „Frankfurter
#: Allgemeinen“", "der „Neuen Illustrierten“").
_QUOTED_PAPER = (
    # (a span may end before "am Sonntag" of "„Welt am Sonntag“")
    rf"\sder\s+„(?:(?:{_PAPER_NAME_WORDS}|taz)\b[^“]*“?|[^“]*(?:(?i:zeitung|blatt|zeitschrift)|"
    rf"{_PAPER_END_WORDS}|Allgemeinen|Sonntag|Illustrierten)“)$"
)
#: A role in politics or the state, whose holder does not belong to a paper: "der
#: Verteidigungsminister der „Welt“" speaks to it.
_POLITICAL_ROLE = (
    r"(?i:minister|ministerin|kanzler|kanzlerin|präsident|präsidentin|politiker|politikerin|"
    r"abgeordnete|abgeordneter|senator|senatorin|botschafter|botschafterin|general|generalin|"
    r"bürgermeister|bürgermeisterin|staatssekretär|staatssekretärin|regierungschef|"
    r"regierungschefin|premier|premierministerin)$"
)
#: The addressee after a speaker's name, cut from the speaker: "sagte Lawrow dem Sender", "rief
#: Noa X der Menge zu".
_ADDRESSEE_AFTER_NAME = (
    r"(\p{Lu}[\p{L}\p{M}.)-]*)\s+(?:dem\s+|der\s+(?:Menge|Menschenmenge|Presse|Öffentlichkeit|"
    r"Versammlung|Runde)\b).*$"
)


#: Days and months, capitalised words that are no surname.
_DAYS = (
    "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag Januar Februar März "
    "April Mai Juni Juli August September Oktober November Dezember"
).split()
#: Role nouns of bodies, not of persons (see ``_ROLE_NOUN``).
_BODY_ROLE = (
    r"(?:regierung|partei|verband|gewerkschaft|polizei|behörde|ministerium|gericht|kommission|"
    r"agentur|zeitung|fraktion|vorstand|komitee|ausschuss|gremium|organisation|institut|verein|"
    r"stiftung|konzern|unternehmen|eltern|opposition|koalition|staatsanwaltschaft)"
)
#: Speakers that name a person or a body: a role noun, two capitalised words, a pronoun.
_ROLE_NOUN = (
    r"(?i:sprecher|minister|präsident|chef|vorsitzend|leiter|direktor|kanzler|sekretär|"
    r"regierung|partei|verband|gewerkschaft|polizei|behörde|ministerium|experte|expertin|anwalt|"
    r"anwältin|richter|gericht|kommission|agentur|zeitung|bürgermeister|trainer|manager|"
    r"politiker|abgeordnete|senator|botschafter|kommissar|beauftragte|vertreter|funktionär|"
    r"sprecherin|führer|forscher|wissenschaftler|professor|fraktion|vorstand|gründer|autor|"
    r"komitee|ausschuss|gremium|organisation|institut|verein|stiftung|konzern|unternehmen|"
    r"vertreter|kritiker|aktivist|gegner|befürworter|demonstrant|meteorolog|ökonom|analyst|"
    r"beobachter|diplomat|offizier|soldat|kommandeur|general|beamte|anwohner|bewohner|einwohner|"
    r"bürger(?:innen)?\b|eltern|augenzeug|ärzt|arzt\b|lehrer|mitarbeiter|veranstalter|angehörige|"
    # (people of sport, culture, science, the courts and everyday news)
    r"kapitän|spieler|sportler|athlet|sänger|musiker|künstler|regisseur|fahrer(?:in)?\b|"
    r"kandidat|teilnehmer|mitglied|journalist|reporter|redakteur|moderator|historiker|mediziner|"
    r"virolog|epidemiolog|psycholog|soziolog|politolog|jurist|astronaut|bischof|pfarrer|papst|"
    r"könig|prinz(?:essin)?\b|ingenieur|techniker|landwirt|unternehmer|besucher|zuschauer|"
    r"angeklagte|beschuldigte|überlebende|\bzeug(?:e|in)\b|kläger|täter|häftling|gefangene|"
    r"patient|passagier|flüchtling|helfer|polizist|ermittler|verteidiger|sanitäter|pfleger|"
    r"schüler|student|rebell|separatist|kämpfer|blogger|kommentator|influencer|insider|"
    # (groups of people and bodies that speak in economic and social news)
    # (not an army or a parliament: "Die Armee setzt ihre „Wunderwaffe“ ein" reports no words)
    r"arbeitgeber|arbeitnehmer|gewerkschafter|schützer|wähler|mieter|händler|opposition|"
    r"koalition|staatsanwaltschaft)"
)
#: The case partners that Unicode's case-insensitive matching (``(?i)``) gives the letters of
#: the word lists beyond ASCII's case pairs (found by trying every code point): folded to the
#: lists' letters before a search that ignores only ASCII's case (:func:`_has_word`).
_FOLD: Final = {"\u017f": "s", "\u212a": "k", "\u1e9e": "ß", "Ä": "ä", "Ö": "ö", "Ü": "ü"}


def _word_alternatives(pattern: str) -> tuple[tuple[str, ...], str | None]:
    r"""The plain words of a ``(?i:…|…)`` pattern's alternatives, and the others as a pattern.

    A plain word is lowercase letters only (``a-z``, ``äöüß``); the other alternatives (with
    ``\b``, a group, a class) make the pattern returned, ``None`` if there are none.

    Examples
    --------
    >>> _word_alternatives(r"(?i:sprecher|arzt\b|zeug(?:e|in)|chef)")
    (('sprecher', 'chef'), '(?i:arzt\\b|zeug(?:e|in))')
    """
    if not (pattern.startswith("(?i:") and pattern.endswith(")")):
        raise ValueError(f"not a case-insensitive group: {pattern[:40]!r}")
    parts, depth, start, escaped = [], 0, 4, False
    for i, char in enumerate(pattern[4:-1], 4):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:-1])
    plain = set("abcdefghijklmnopqrstuvwxyzäöüß")
    words = tuple(part for part in parts if part and set(part) <= plain)
    rest = [part for part in parts if not (part and set(part) <= plain)]
    return words, (f"(?i:{'|'.join(rest)})" if rest else None)


def _has_word(text: pl.Expr, pattern: str) -> pl.Expr:
    """``text.str.contains(pattern)`` for a ``(?i:…|…)`` list of words, found the same.

    The plain words (:func:`_word_alternatives`) are searched with Aho-Corasick
    (``str.contains_any``, ignoring ASCII's case) in the text with the other case partners
    of their letters folded (``_FOLD``), the rest with the pattern left. Building that
    automaton takes a fifth of the time compiling the regular expression takes (0.6 ms to
    3.3 ms for ``_ROLE_NOUN``), and Polars compiles a pattern again in each expression that
    uses it once it has left the small cache of the thread.

    Examples
    --------
    >>> texts = pl.DataFrame({"t": ["Der PRÄSIDENT", "Arzt", "Arztpraxis", "Zeugin", "Haus"]})
    >>> texts.select(_has_word(pl.col("t"), _ROLE_NOUN))["t"].to_list()
    [True, True, False, True, False]
    """
    words, rest = _WORD_ALTERNATIVES[pattern]
    found = text.str.replace_many(list(_FOLD), list(_FOLD.values())).str.contains_any(
        list(words), ascii_case_insensitive=True
    )
    return found if rest is None else found | text.str.contains(rest)


def _last_word_is(text: pl.Expr, pattern: str) -> pl.Expr:
    r"""``text.str.contains(rf"^\S*{pattern}$")`` for a ``(?i:…|…)`` list of plain words.

    A text of one word (no white space) that ends in one of the words, found as
    :func:`_has_word` finds them: with the text's NUL characters made ``\x01`` and one NUL
    after it, a word with a NUL after it is found only at the end.

    Examples
    --------
    >>> texts = pl.DataFrame({"t": ["Kremlchef", "KANZLER", "Chefin", "Der Chef", "Chef\x00"]})
    >>> texts.select(_last_word_is(pl.col("t"), _MASCULINE_ROLE_WORDS))["t"].to_list()
    [True, True, False, False, False]
    """
    words, rest = _WORD_ALTERNATIVES[pattern]
    if rest is not None:
        raise ValueError(f"not a list of plain words: {rest[:40]!r}")
    folded = text.str.replace_many([*_FOLD, "\x00"], [*_FOLD.values(), "\x01"]) + "\x00"
    return ~text.str.contains(r"\s") & folded.str.contains_any(
        [f"{word}\x00" for word in words], ascii_case_insensitive=True
    )


#: A role noun and a name at the end of a span: after them a paper in quote marks with "der"
#: is the addressee (``_ADDRESSEE_QUOTED``) also with an article first ("der Geheimdienstchef
#: Kyrylo Budanow der „New York Times“"; not "die Mitglieder der „Letzten Generation“").
_ROLE_THEN_NAME = (
    rf"{_ROLE_NOUN}[\p{{L}}-]*\s+\p{{Lu}}[\p{{L}}\p{{M}}.-]*(?:\s+\p{{Lu}}[\p{{L}}\p{{M}}.-]*)?$"
)
#: Kin, and people met on the way (see ``_PERSON_LIKE``).
_KIN = (
    r"(?i:vater|mutter|eltern|sohn|tochter|bruder|schwester|witwe|witwer|ehemann|"
    r"ehefrau|enkel|enkelin|onkel|tante|nachbar|nachbarin|pendler|pendlerin|passagier|"
    r"passagierin|fahrgast|besucher|besucherin|zuschauer|zuschauerin)"
)
#: People by what they are (see ``_PERSON_LIKE``).
_PEOPLE = (
    r"(?i:frau|mann|mädchen|junge|jugendliche[r]?|rentner|rentnerin|urlauber|"
    r"urlauberin|tourist|touristin|kunde|kundin|arbeiter|arbeiterin|bäuerin|landwirt|"
    r"landwirtin|abonnent|abonnentin|inhaber|inhaberin|opfer|betroffene[r]?|einheimische[r]?|"
    r"angestellte[r]?|bewerber|bewerberin|bürgerin|augenzeuge|augenzeugin|überlebende[r]?|"
    # (and by their trade: "Ein Uhrmacher, der seit 22 Jahren ... arbeitet, macht sich
    # Sorgen")
    r"macher|macherin|händler|händlerin|besitzer|besitzerin|wirt|wirtin|bäcker|bäckerin|"
    r"winzer|winzerin|schreiner|tischler|handwerker|unternehmer|unternehmerin|gärtner|"
    r"gärtnerin|kellner|kellnerin|friseur|friseurin|verkäufer|verkäuferin|pfleger|pflegerin|"
    r"krankenschwester|hebamme|koch|köchin|lehrling|azubi|auszubildende[r]?)"
)
_PERSON_LIKE = (
    rf"{_ROLE_NOUN}|\p{{Lu}}[\p{{Ll}}-]+\s+\p{{Lu}}[\p{{Ll}}-]+|^(?:[Ee]r|[Ss]ie)$"
    # a first name with an initial ("Maria K."), a person by age ("die 52-Jährige")
    r"|^\p{Lu}\p{Ll}+\s+\p{Lu}\.$|\d+-(?i:jährige)"
    # an acronym names a body: die SPD, der BGH, die NATO
    r"|^\p{Lu}{2,6}$"
    # kin, and people met on the way: "Der Witwer der Getöteten verließ den Saal. „…“, sagte
    # er", "die Großmutter", "eine Pendlerin"
    rf"|^\S*{_KIN}$"
    # and people by what they are, also after adjectives: "Eine ältere Frau aus Debalzewe",
    # "ein Feuerwehrmann", "eine Rentnerin", "ein langjähriger Kunde"
    rf"|(?:^|\s)\S*{_PEOPLE}$"
)
#: People (and countries) counted: "mehr als 100 Menschen" (see :func:`_may_speak`).
_COUNTED_PEOPLE = (
    r"(?i:menschen|leute|personen|frauen|männer|kinder|jugendliche|familien|staaten|länder|"
    r"nationen)"
)
#: The patterns :func:`_has_word` searches, split by :func:`_word_alternatives`.
_WORD_ALTERNATIVES: Final = {
    pattern: _word_alternatives(pattern) for pattern in (_ROLE_NOUN, _COUNTED_PEOPLE)
}
#: ``_PERSON_LIKE`` after its role nouns (:func:`_person_like` searches those with
#: :func:`_has_word`).
_PERSON_LIKE_REST = _PERSON_LIKE.removeprefix(f"{_ROLE_NOUN}|")
#: ... those with their definite article: someone named before, taken up ("Walentyna X stand
#: vor den Trümmern. Die Rentnerin hatte ...").
_THE_PERSON = rf"^[Dd](?:er|ie)\s+(?:{_ADJ}\s+)*\S*(?:{_KIN}|{_PEOPLE})$"
#: A report or a study as the subject speaks for its authors ("Der Bericht kommt zu dem
#: Schluss, ... „…“"), not in the subjunctive of someone's indirect speech ("Die Studie zeige
#: in Wahrheit, „…“").
_REPORT_SUBJECT = (
    rf"^(?:[Dd](?:er|ie|as)|[Ee]ine?)\s+(?:{_ADJ}\s+)*\p{{Lu}}?[\p{{Ll}}-]*(?i:bericht|studie|"
    r"gutachten|untersuchung|umfrage|analyse|report|resolution|urteil)$"
)


#: A noun phrase opened by a possessive ("Seine Zuversicht", "Ihre Begründung"), not a
#: person or group close to someone ("Sein Schützling", "Ihr Mann", "Sein Büro").
_POSSESSIVE_THING = r"^(?:[Ss]ein|[Ii]hr)(?:e|er|es|em|en)?\s"
_CLOSE_PERSON = (
    r"^\S+\s+(?:\p{L}+-)?(?i:sohn|tochter|vater|mutter|frau|mann|bruder|schwester|ehefrau|"
    r"ehemann|witwe|witwer|freund|freundin|kollege|kollegin|nachfolger|nachfolgerin|vorgänger|"
    r"vorgängerin|schützling|berater|beraterin|stellvertreter|stellvertreterin|partner|"
    r"partnerin|eltern|familie|kinder|kind|team|lager|umfeld|büro|stab|mitarbeiter|"
    r"mitarbeiterin|anhänger|fans|tante|onkel|cousin|cousine|neffe|nichte|enkel|enkelin|oma|opa|"
    r"verlobter?|lebensgefährtin|lebensgefährte|nachbar|nachbarin|vertraute|vertrauter|"
    r"anwältin|anwalt|gegenüber|amtskollege|amtskollegin)\b"
)
#: Determiners and possessives that open a noun phrase ("Seine Zuversicht", "Ihr Abstand").
_DET_START = (
    r"^(?:[Dd](?:er|ie|as|en|em|es)|[Ee]in(?:e|er|es|em|en)?|[Ss]ein(?:e|er|es|em|en)?|"
    r"[Ii]hr(?:e|er|es|em|en)?|[Dd]ies(?:e|er|es|em|en)|[Jj]ede[rsmn]?|[Kk]ein(?:e|er|es|em|en)?|"
    r"[Uu]nser(?:e|er|es|em|en)?)\s+"
)


def _person_like(speaker: pl.Expr) -> pl.Expr:
    """A speaker whose head (the words before a genitive or preposition) names a person or body."""
    # (a place before a participle after the article is no tail: "Der aus Usbekistan
    # stammende Sherzod Tursunov")
    head = (
        speaker.str.replace(
            r"^((?:[Dd](?:er|ie)|[Ee]ine?)\s+)(?:in|im|aus|bei|von|vom|seit|nach)\s+\S+\s+"
            r"(\p{Ll}[\p{L}-]*e\s)",
            "$1$2",
        )
        .str.replace(
            r"\s+(?:der|des|einer|eines|von|vom|aus|in|im|bei|beim|für|zur|zum|am|an|auf|mit|über|"
            r"gegen)\s.*$",
            "",
        )
        .str.replace(r",.*$", "")
    )
    bare = head.str.replace(_DET_START, "")
    appos = speaker.str.contains(_latin(rf",\s+{_CAP}\s+{_CAP}"))
    # (an adjective capitalised at the start of a sentence, with no article, is no first
    # name: "Russische Truppen rücken vor" names no person, "Russische Diplomaten" do, and
    # "das Europäische Parlament" is a name)
    adjective_first = head.str.contains(_ADJECTIVE_FIRST) & ~_has_word(bare, _ROLE_NOUN)
    # (nor is an amount a name: "Eine Rakete koste eine Million Euro")
    return (
        (
            (_has_word(bare, _ROLE_NOUN) | bare.str.contains(_PERSON_LIKE_REST))
            & ~adjective_first
            & ~bare.str.contains(_AMOUNT)
        )
        | appos
    ).fill_null(False)


#: An amount, two capitalised words that are no name: "Million Euro", "Hundert Dollar" (a
#: unit last; "Hunderte Demonstranten" are persons). ``_NUMBER_WORDS`` open no name either
#: (see :func:`_name_pairs`).
_NUMBER_WORDS = (
    "Million Millionen Milliarde Milliarden Billion Billionen Tausend Tausende Hundert Hunderte "
    "Dutzend Dutzende"
).split()
_UNIT_WORDS = (
    "Euro Dollar Franken Rubel Pfund Yuan Yen Prozent Tonnen Kilometer Meter Stunden Tage Wochen "
    "Monate Jahre"
).split()
_AMOUNT = rf"\s(?:{'|'.join(_UNIT_WORDS)})$"


#: An inflected adjective capitalised before a noun: "Russische Truppen", "Westliche Staaten".
_ADJECTIVE_FIRST = (
    # (not "-steller", a noun: "Hauptdarsteller Moritz X")
    r"^\p{Lu}\p{Ll}+(?:isch|ig|lich|al|[^t]ell|iv|är|ös|ern|isiert)(?:e|en|er|es)\s+\p{Lu}"
)


#: (a possessive by its endings: "Seinerseits", "Ihrerseits" are adverbs)
_DETERMINER = (
    r"\b(?:[Dd](?:er|ie|as|en|em|es)|[Ee]in(?:e|er|es|em|en)?|[Ss]ein(?:e|er|es|em|en)?|"
    r"[Ii]hr(?:e|er|es|em|en)?|[Dd]ies(?:e|er|es|em|en)?|[Uu]nser(?:e|er|es|em|en)?|[Aa]m|[Ii]m|"
    r"[Zz]um|[Zz]ur|[Vv]om|[Bb]eim)\s*$"
)
#: Auxiliaries: a subject found by one counts only when no other verb shows one.
_AUXILIARIES = "hat hatte hatten haben habe hätte wird wurde werden wurden".split()
#: Verbs in the subjunctive of indirect speech (Konjunktiv I): the sentence reports speech.
_SUBJUNCTIVE = (
    r"\b(?:sei|seien|habe|werde|könne|müsse|solle|wolle|dürfe|gebe|stehe|liege|gehe|komme|"
    r"bestehe|bleibe|wisse|brauche|fehle|gelte|hätten|wären|würden|"
    # (common verbs, and every "-ieren" verb: "riskiere", "provoziere")
    r"führe|drohe|sehe|nehme|trage|lasse|halte|zeige|plane|spiele|mache|setze|suche|verfolge|"
    r"handle|bereite|arbeite|unterstütze|verletze|gefährde|strebe|glaube|lehne|\p{Ll}{3,}iere|"
    # (verbs whose stem ends in -t, whose form in -te is no past: "Russland behalte sich vor")
    r"behalte|enthalte|erhalte|verhalte|berichte|erwarte|befürchte|fürchte|leiste|biete|"
    r"verbiete|beachte|betrachte|beobachte|bewerte|richte|vertrete|trete|warte|teste|starte|"
    r"rette|töte|deute|bedeute|leite|verbreite|begleite|gestalte|verwalte|spalte|"
    # (and verbs of reports, plans and views, in lower case no noun nor adjective: "Man werte
    # die Daten „…“ aus", "Die Regierung prüfe ...")
    r"werte|auswerte|prüfe|fordere|erwäge|kämpfe|hoffe|rechne|zähle|sichere|verhandle|kenne|"
    r"denke|verstehe|wünsche|beginne|ende|schaffe|helfe|kläre|teile|stimme|lege|bringe|finde|"
    r"ziele|sorge|liefere|schütze|stärke|bemühe|verteidige|bestätige|verurteile|spreche|"
    r"widerspreche|verspreche|entspreche|treffe|betreffe|greife|wende|verfüge|vermeide|"
    r"entscheide|ziehe|verliere|gewinne|erreiche|untersuche|versuche|nutze|schließe|"
    r"beschließe|verlange|erfülle|bezweifle|entwickle|sammle|reagiere|stelle|sage|schreibe|"
    r"erkläre|betone|warne|verweise|"
    # (and the second subjunctive of a full verb where the first reads as the indicative:
    # "Die Chatverläufe sprächen eine „klare Sprache“"; not the modals, whose "dürften",
    # "könnten" is the writer's own guess)
    r"spräche|sprächen|gäbe|gäben|käme|kämen|läge|lägen|stünde|stünden|nähmen|sähen|täten|"
    # (not "gingen", "blieben", "ließen": the past too)
    r"fänden|bekämen|trüge|trügen|zöge|zögen|böte|böten|ginge|bliebe|"
    rf"{'|'.join(_SUBJUNCTIVE_II_FULL)})\b"
)
#: ``_SUBJUNCTIVE`` for ``str.contains`` (the same texts match; see ``_BEFORE_WORD``).
_SUBJUNCTIVE_IN = _BEFORE_WORD + _SUBJUNCTIVE[2:-2] + _AFTER_WORD
#: How many paragraphs back the speaker of an earlier quote may be.
_PREVIOUS_QUOTE_REACH = 2
#: English words in -t that a verb in -t would take in a quoted English post (Nobel
#: scientist Tim Hunt says at ... „…“): nouns in -ist, -ment, -dent, -ight and function words
#: (a German verb in -ist ends in -eist: weist, beweist, reist).
_ENGLISH_T = (
    r"^(?:\p{Ll}+[^e]ist|\p{Ll}*(?:ment|dent|ight)|at|it|that|what|but|not|just|must|most|"
    r"first|about|without|out|get|got|let|set|put|want|went|meet|next|last|great)$"
)
#: Superlatives and ordinal numbers in -te, -ten, -sten are adjectives, no verbs in -te or
#: -ten: "an Alstoms weltweit größten Standort in Salzgitter" has no verb "größten" with the
#: subject "Standort" (verbs in -sten keep their stem: reisten, fassten, kosteten).
_NOT_VERB_ADJECTIVE = (
    r"^(?:(?:größ|letz)ten?|\p{Ll}*(?:höch|näch|mei|be|er|jüng|läng|stärk|schwäch|lich|isch|bar|"
    r"sam|haft|los|voll|reich|ält|neu|kürz|liebt|kannt|ig)e?sten?|"
    r"(?:zwei|drit|vier|fünf|sechs|sieb|ach|neun|zehn|elf|zwölf|\p{Ll}+zehn)ten?)$"
)
#: The word that opens a subordinate clause, right before a candidate verb first: its verb
#: comes last, so the word is none ("was detaillierte Rückschlüsse zulässt").
_OPENS_SUBORDINATE = (
    r"(?:^|[,;(–—]\s*)(?:was|dass|daß|ob|weil|wenn|obwohl|nachdem|welche[rsnm]?)\s+$"
)
#: Before a participle in -te, -ten used as an adjective: an indefinite article, or an
#: article with an adverb of degree ("eine viel beachtete Predigt", "die lang erwartete
#: Rede"; not "Das sagte Merkel", a demonstrative object).
_ATTRIBUTIVE_LEAD = (
    r"(?:\bein(?:e[nmrs]?)?|\b(?:[Dd](?:er|ie|en|em|es)|[Ee]in(?:e[nmrs]?)?)\s+(?:viel|lang|lange|"
    r"heiß|weithin|oft|häufig|breit|hoch|vielfach|allseits|mit\s+Spannung))"
)
_ATTRIBUTIVE_BEFORE = rf"{_ATTRIBUTIVE_LEAD}\s+$"
#: ... and the participle after it, right before a speaker: "eine oft zitierte Warnung X"
_ATTRIBUTIVE_PARTICIPLE = rf"{_ATTRIBUTIVE_LEAD}\s+\p{{Ll}}+ten?\s+$"
#: The copulas and modals in the singular (of ``_NOT_VERBS``) after which a name that opens
#: a sentence is its subject (see :func:`_subjects`).
_COPULA_MODAL = (
    "ist war wird wurde kann konnte muss musste soll sollte darf durfte will wollte steht stand "
    "geht ging bleibt blieb"
).split()
#: A name alone: up to three capitalised words, no article ("Oltmanns", "Marvin Oltmanns").
_NAME_ONLY = r"^\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,2}$"
_NOT_VERBS = (
    "ist sind sei seien war waren wäre wird werden würde würden lautet lautete lauten kann "
    "können konnte konnten muss müsse musste mussten soll solle sollte sollten darf dürfe gibt "
    "gab geht ging steht stand "
    "und oder sowie aber als wie ob dass daß der die das den dem des ein eine einen einem einer "
    "im in am an auf aus bei mit nach vor von zu zum zur für über unter um durch seit gegen "
    "nicht noch auch nur schon sehr so bereits zwischen neben hinter vor bis ohne trotz samt "
    "seit ab bei beim vom zum zur innerhalb außerhalb sich damit jetzt erst meist zuletzt selbst "
    "zunächst zumindest mindestens höchstens fast oft weit nachdem somit längst sonst insgesamt "
    "eines aller beider jeder jedes jeden keiner keines mehr weniger statt anstatt laut gemäß "
    # (an attribute: "Zwei mit der Sache vertraute Personen sagten")
    "vertraute vertrauten"
).split()


def _disputes(cue: pl.Expr, text: pl.Expr) -> pl.Expr:
    """Whether ``cue`` disputes the words it takes up in ``text`` (see ``_DISPUTES``)."""
    return (
        cue.str.contains(_DISPUTES) | (cue.is_in(_SEES) & text.str.contains(r"\banders\b"))
    ).fill_null(False)


def _takes_up(where: pl.Expr) -> pl.Expr:
    """Where ``where`` holds, the pronoun ``speaker`` takes up the subject ``_xspk``.

    The subject must be a person or body (no pronoun) of the pronoun's gender, or an actor of
    the lexicon (``_xperson``): a person by the surname alone ("Selenskyj dankte den
    Verbündeten. „…“, sagte er"), a body with its article ("Der Kreml reagierte prompt. Er
    sprach von einer „…“"); a document's author is any subject of the sentence before that names a
    document ("Der Kreml reagierte mit einer Erklärung. Darin heißt es ...").
    """
    return (
        where
        & pl.col("_xspk").is_not_null()
        & ~pl.col("_xspk").is_in(_PRONOUNS)
        # (nor a demonstrative, which stands for a thing: "Das geht aus dem Bericht hervor")
        & ~pl.col("_xspk").is_in(["Das", "das", "Dies", "dies", "Dieses", "Es"])
        # (nor a body for an epithet of a person: "Bislang hatte der Konzern ... . „…“,
        # kündigte der Franzose an")
        & ~(
            pl.col("_epithet").is_not_null()
            & pl.col("_xspk")
            .str.extract(r"(\S+)$")
            .str.to_lowercase()
            .str.contains(f"{_BODY_ROLE}$")
        ).fill_null(False)
        & (
            _person_like(pl.col("_xspk"))
            | pl.col("_xperson")
            # (a surname alone that the article gives a gender with a first name or a role:
            # "Nehammer verteidigte sich" after "Bundeskanzler Karl Nehammer")
            # (for "er" and "sie", not a document's author: "In der Mitteilung hieß es, K. sei
            # „…“ gewesen. „…“, hieß es weiter" is the document's)
            | (
                pl.col("speaker").is_in(_PRONOUNS)
                & (
                    (
                        pl.col("_xspk").str.contains(_latin(r"^\p{Lu}[\p{L}\p{M}'’-]+$"))
                        & (
                            pl.col("_ng").list.contains(pl.col("_xspk") + ":m")
                            | pl.col("_ng").list.contains(pl.col("_xspk") + ":f")
                        )
                    )
                    # (a surname's initial alone, as the press writes one accused: "D. selbst
                    # hatte Reue gezeigt" after "der 39-jährige Alexander D.")
                    | pl.col("_xspk").str.contains(_latin(r"^\p{Lu}\.$"))
                    # (a surname after its article and adjectives, no common noun nor an
                    # actor of the lexicon: "Die zweitplatzierte Solowjowa nahm ihre Niederlage
                    # sportlich", not "die neue Regierung", "das belagerte Mariupol")
                    | (
                        pl.col("_xspk").str.contains(
                            _latin(r"^[Dd](?:er|ie)\s+(?:\p{Ll}+e\s+)+\p{Lu}[\p{L}\p{M}'’-]+$")
                        )
                        & ~pl.col("_xactor")
                        & ~pl.col("_xspk").str.extract(r"(\S+)$").is_in(_lexicon_nouns())
                        # (a noun by its ending: "Die vorbeugende Speicherung")
                        & ~pl.col("_xspk").str.contains(_NOUN_ENDING)
                    )
                )
            )
            # (an age is a person's: "der 66-Jährige" takes up a surname alone that is no
            # actor of the lexicon, a place, nor a common noun: "Dodik gab sich unbeeindruckt")
            | (
                pl.col("_epithet").str.contains(r"\d+-[Jj]ährige").fill_null(False)
                # (also a double name, or one with its Arabic article: "Al-Rashidi")
                & pl.col("_xspk").str.contains(_latin(r"^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$"))
                & ~pl.col("_xactor")
                & ~pl.col("_xspk").is_in(_lexicon_nouns())
            )
            | (
                (pl.col("speaker") == _ITS_AUTHOR)
                # (or that made a statement: "Aus Jerusalem teilte das Büro des
                # Ministerpräsidenten mit, ... . Die Hamas zeige „…“, hieß es in der Erklärung")
                & pl.col("_prev_text").str.contains(
                    rf"\b{_DOCUMENT_NOUN}\b|\b(?:teilte|teilten|teilt)\s(?:[^.!?„“»«]*\s)?mit\b"
                )
                # (not one that reports what the document says: its subject is in the
                # document's words, "Die Schiffe hätten „…“, hieß es in der Erklärung", "Wie
                # es in der Erklärung heißt, sollen die Maschinen ...")
                & ~pl.col("_prev_text").str.contains(r"\b(?:heißt|hieß)\b").fill_null(False)
            )
        )
        & _agrees(pl.col("speaker"), pl.col("_xspk"), pl.col("_ng"), pl.col("cue"))
    ).fill_null(False)


#: A subject of a pronoun and another speaker: "Er sowie Giesel", "Sie und ihr Anwalt".
_PRONOUN_PAIR = r"^(?P<pron>[Ee]r|[Ss]ie)(?P<tail>\s+(?:und|sowie)\s+\S.*)$"


def _pronoun_pairs(q: pl.DataFrame) -> pl.DataFrame:
    """A speaker of a pronoun and another speaker (*Er sowie Giesel befürchten*) is taken up
    by its pronoun: ``speaker`` becomes the pronoun, the rest is kept in ``_pair_tail`` and
    the whole in ``_pair_whole`` for :func:`_with_pronoun_pairs`."""
    parts = pl.col("speaker").str.extract_groups(_PRONOUN_PAIR)
    return q.with_columns_seq(
        parts.struct.field("tail").alias("_pair_tail"), pl.col("speaker").alias("_pair_whole")
    ).with_columns_seq(
        pl.when(pl.col("_pair_tail").is_not_null())
        .then(parts.struct.field("pron"))
        .otherwise(pl.col("speaker"))
        .alias("speaker")
    )


def _without_addressee(q: pl.DataFrame, rows: pl.Expr) -> pl.DataFrame:
    """The speakers of ``rows`` without a paper or an agency spoken to after the name, as
    :func:`_speakers` cuts it from the speakers it finds: a pronoun or an epithet that takes
    up the subject of a sentence before, "sagte Bürgermeister Karl X der Kleinen Zeitung. Der
    Ortschef ...", is Karl X (but "ein Sprecher der Nachrichtenagentur" keeps the agency).

    Examples
    --------
    >>> frame = pl.DataFrame({"speaker": ["Karl Gartner der Kleinen Zeitung",
    ...     "Ein Sprecher der Agentur"]})
    >>> _without_addressee(frame, pl.lit(True)).get_column("speaker").to_list()
    ['Karl Gartner', 'Ein Sprecher der Agentur']
    """
    to_paper = pl.col("speaker").str.extract(_ADDRESSEE_DER, 1)
    addressed = (
        rows
        & to_paper.is_not_null()
        & ~to_paper.str.extract(r"(\S+)$", 1).str.contains(_MEDIA_STAFF).fill_null(False)
    )
    q = q.with_columns_seq(
        pl.when(addressed).then(to_paper).otherwise(pl.col("speaker")).alias("speaker")
    )
    if "_sp_e" in q.columns:
        q = q.with_columns_seq((pl.col("_sp_s") + pl.col("speaker").str.len_chars()).alias("_sp_e"))
    return q


def _with_pronoun_pairs(q: pl.DataFrame) -> pl.DataFrame:
    """The pair again after :func:`_resolve_pronouns`: its pronoun's antecedent with the other
    speaker (*Perteck sowie Giesel*), or the pair as written where none was found."""
    pair = pl.col("_pair_tail").is_not_null()
    return q.with_columns_seq(
        pl.when(pair & pl.col("speaker").is_in(_PRONOUNS))
        .then(pl.col("_pair_whole"))
        .when(pair)
        .then(pl.col("speaker") + pl.col("_pair_tail"))
        .otherwise(pl.col("speaker"))
        .alias("speaker")
    ).drop("_pair_tail", "_pair_whole")


def _one_of_two(q: pl.DataFrame, offset: str) -> pl.DataFrame:
    """A singular *er*/*sie* takes up the one person of its gender of two subjects joined by
    "und" or "sowie" (*Sacharowa und Peskow äußerten sich. „…“, sagte sie*: Sacharowa): ``_xspk``
    becomes that person and its ``offset`` column moves to it. A role taken up as a pronoun
    (``_epi_role``: "sagte der Präsident") picks the one of the two whose words hold it, first.
    Where both or neither agree, the two stay the antecedent.
    """
    asked = (
        pl.col("speaker").str.to_lowercase().is_in(["er", "sie"])
        # (not the "und" of a compound sharing its last part: "Die Hohe Vertreterin für Außen-
        # und Sicherheitspolitik, Kaja Kallas" is one person)
        & pl.col("_xspk").str.contains(r"[^-]\s(?:und|sowie)\s")
        # (not the body one is from, its short form closing it: "X von der Stiftung
        # Wissenschaft und Politik (SWP)")
        & ~pl.col("_xspk").str.contains(_latin(r"\s(?:von|vom)\s.*\sund\s\S+\s*\(\p{Lu}{2,6}\)$"))
    )
    if not q.select_seq(asked.fill_null(False).any()).item():
        return q
    parts = pl.col("_xspk").str.extract_groups(r"^(?P<a>\S.*?[^-])\s+(?:und|sowie)\s+(?P<b>\S.*)$")
    first, second = parts.struct.field("a"), parts.struct.field("b")
    singular = pl.col("speaker").str.to_lowercase().is_in(["er", "sie"]) & ~pl.col(
        "cue"
    ).str.contains(_latin(r"^(?:\p{Ll}+en|sind)$")).fill_null(False)
    known = pl.col("_ng")
    fits_first = _agrees(pl.col("speaker"), first, known, pl.col("cue")) & (
        _gender(first, known) != "u"
    )
    fits_second = _agrees(pl.col("speaker"), second, known, pl.col("cue")) & (
        _gender(second, known) != "u"
    )
    # (a role taken up as a pronoun, "der Präsident", picks the one of the two that holds it,
    # a deputy not: "US-Präsident X und US-Vizepräsident Y reisten nach Kiew. „…“, sagte der
    # Präsident")
    role = pl.col("_epi_role") if "_epi_role" in q.columns else pl.lit(None, pl.String)

    def holds(part: pl.Expr) -> pl.Expr:
        flat = part.str.to_lowercase().str.replace_all("-", "")
        return flat.str.contains(pl.lit(r"(?:^|\s)\S*(?:") + role + pl.lit(r")(?:\s|$)")) & ~(
            flat.str.contains(pl.lit("vize(?:") + role + pl.lit(r")(?:\s|$)"))
        )

    role_first = (holds(first) & ~holds(second)).fill_null(False)
    role_second = (holds(second) & ~holds(first)).fill_null(False)
    pick_first = (singular & (role_first | (fits_first & ~fits_second & ~role_second))).fill_null(
        False
    )
    pick_second = (singular & (role_second | (fits_second & ~fits_first & ~role_first))).fill_null(
        False
    )
    return q.with_columns_seq(
        pl.when(pick_first)
        .then(first)
        .when(pick_second)
        .then(second)
        .otherwise(pl.col("_xspk"))
        .alias("_xspk"),
        pl.when(pick_second)
        .then(pl.col(offset) + (pl.col("_xspk").str.len_chars() - second.str.len_chars()))
        .otherwise(pl.col(offset))
        .alias(offset),
    )


def _with_run_heads(q: pl.DataFrame) -> pl.DataFrame:
    """A quote that goes on with a run of quotes whose first has "er" or "sie" as its speaker
    (``_run_head``, the first quote's ``_q``) takes the speaker that pronoun was resolved to:
    *Wörtlich sagte er: „…“ Wer ... gewählt habe, werde „…“* (not the speaker of a run before
    it)."""
    if "_run_head" not in q.columns:
        return q
    taken = [("speaker", "_hspk"), ("_sp_p", "_hp"), ("_sp_s", "_hs"), ("_sp_e", "_he")]
    taken = [(c, h) for c, h in taken if c in q.columns]
    heads = q.select_seq(pl.col("_q").alias("_run_head"), *(pl.col(c).alias(h) for c, h in taken))
    follows = pl.col("_run_head").is_not_null() & (pl.col("cue") == "previous quote")
    return (
        q.join(heads, on="_run_head", how="left", maintain_order="left")
        .with_columns_seq(
            pl.when(follows).then(pl.col(h)).otherwise(pl.col(c)).alias(c) for c, h in taken
        )
        .drop("_run_head", *(h for _, h in taken))
    )


def _colon_subject(q: pl.DataFrame, pron: pl.Expr, m: pl.DataFrame) -> pl.DataFrame:
    """A pronoun after its quote (or inserted after the colon before it) in a sentence that
    opens with a subject and a colon takes that subject up, before anyone of the sentences
    before: "Erdoğan gab sich zuversichtlich: Er glaube, dass Putin „…“ sei, sagte er" (not
    Guterres, who spoke the sentence before).

    Only a person-like subject (a role, or a person of the lexicon in ``m``, the mentions) of
    the pronoun's gender; ``speaker``, ``_sp_p`` and ``_sp_s`` are set where one is found.
    """
    before = pl.col("_before").fill_null("")
    head = before.str.extract(r"^(.*):[^:]*$", 1)
    colon = (
        pron
        & pl.col("speaker").is_in(_PRONOUNS)
        & (
            ((pl.col("_sp_p") == pl.col("_pe")) & (pl.col("_sp_s") >= pl.col("end_offset")))
            # (or inserted after the colon: "X wurde deutlicher: Es sei bezeichnend, schrieb
            # sie, „…“")
            | (
                (pl.col("_sp_p") == pl.col("_p"))
                & (pl.col("_sp_s") > pl.col("_ss") + head.str.len_chars().cast(pl.Int64))
                & (pl.col("_sp_s") < pl.col("_ss") + before.str.len_chars().cast(pl.Int64))
            )
        )
        & head.is_not_null()
    ).fill_null(False)
    if not q.select_seq(colon.any()).item():
        return q
    heads = q.filter(colon).select_seq(
        "_q",
        "article_id",
        "_p",
        "_ss",
        head.alias("_colon_head"),
        pl.col("speaker").str.to_lowercase().alias("_pron"),
    )
    genders = q.select_seq("article_id", "_ng").unique("article_id")
    subjects = heads.join(_subject(heads, "_colon_head"), on="_q")
    # (a person of the lexicon named at the subject's end: "Scholz", "Kanzler Olaf Scholz")
    persons = (
        subjects.select_seq("_q", "article_id", "_xspk")
        .join(
            m.filter(pl.col("actor_kind") == "person").select_seq("article_id", "match").unique(),
            on="article_id",
        )
        .filter(pl.col("_xspk").str.ends_with(pl.col("match")))
        .get_column("_q")
    )
    found = _with_genders(
        subjects.filter(
            (_person_like(pl.col("_xspk")) | pl.col("_q").is_in(persons.implode()))
            & ~pl.col("_xspk").is_in(_PRONOUNS)
        ).select_seq(
            "_q",
            "article_id",
            "_pron",
            pl.col("_p").cast(pl.Int64).alias("_cp"),
            (pl.col("_ss") + pl.col("_xoff")).cast(pl.Int64).alias("_cs"),
            pl.col("_xspk").alias("_aspk"),
        ),
        genders,
    ).filter(
        ((pl.col("_pron") == "er") & ~pl.col("_g").is_in(["f", "n", "p"]))
        | ((pl.col("_pron") == "sie") & ~pl.col("_g").is_in(["m", "n", "p"]))
    )
    if found.height == 0:
        return q
    q = q.join(found.select_seq("_q", "_aspk", "_cp", "_cs"), on="_q", how="left")
    hit = pl.col("_aspk").is_not_null()
    return q.with_columns_seq(
        pl.when(hit).then(pl.col("_aspk")).otherwise(pl.col("speaker")).alias("speaker"),
        pl.when(hit).then(pl.col("_cp")).otherwise(pl.col("_sp_p")).alias("_sp_p"),
        pl.when(hit).then(pl.col("_cs")).otherwise(pl.col("_sp_s")).alias("_sp_s"),
    ).drop("_aspk", "_cp", "_cs")


def _chained(asked: pl.DataFrame, hit: pl.DataFrame) -> pl.DataFrame:
    """The antecedents ``hit`` of the pronouns ``asked`` (of :func:`_resolve_pronouns`), where a
    pronoun of the same kind stands between a pronoun and its antecedent: that one's, if nearer.

    A pronoun takes up the named speaker before it first; but where the same pronoun stands
    between them and was taken up by someone named later, the chain goes on with that one:
    in "... von Roland Wüest. Er bezeichnete X als „…“. „…“, rief der 56-Jährige", the
    56-year-old (taken up like "er") is Wüest, as "Er" is, not a speaker of an earlier
    paragraph. Rows: ``_q``, ``_aspk``, ``_ap``, ``_as`` (one per pronoun with an antecedent).

    Examples
    --------
    >>> asked = pl.DataFrame(
    ...     {"_q": [1, 2], "article_id": ["a", "a"], "_pos": [3_000_010, 3_000_090],
    ...      "_pron": ["er", "er"]}
    ... )
    >>> hit = pl.DataFrame(
    ...     {"_q": [1, 2], "_aspk": ["Roland Wüest", "Hunziker"], "_ap": [3, 2], "_as": [0, 5]}
    ... )
    >>> _chained(asked, hit).sort("_q").rows()
    [(1, 'Roland Wüest', 3, 0), (2, 'Roland Wüest', 3, 0)]
    """
    found = asked.select_seq("_q", "article_id", "_pos", "_pron").join(
        hit.with_columns_seq(pl.col(c).cast(pl.Int64) for c in ("_ap", "_as")),
        on="_q",
        how="inner",
    )
    # (a chain of three: each step takes the one before it; two steps suffice in news)
    for _ in range(2):
        before = found.select_seq(
            "article_id",
            "_pron",
            "_pos",
            pl.col("_aspk").alias("_bspk"),
            pl.col("_ap").alias("_bap"),
            pl.col("_as").alias("_bas"),
        ).sort("_pos")
        linked = (
            found.sort("_pos")
            .join_asof(
                before,
                on="_pos",
                by=["article_id", "_pron"],
                strategy="backward",
                allow_exact_matches=False,
                check_sortedness=False,
            )
            .with_columns_seq(
                (
                    (pl.col("_bap") * 1_000_000 + pl.col("_bas"))
                    > (pl.col("_ap") * 1_000_000 + pl.col("_as"))
                )
                .fill_null(False)
                .alias("_nearer")
            )
        )
        found = linked.select_seq(
            "_q",
            "article_id",
            "_pos",
            "_pron",
            *(
                pl.when(pl.col("_nearer")).then(pl.col(b)).otherwise(pl.col(c)).alias(c)
                for c, b in (("_aspk", "_bspk"), ("_ap", "_bap"), ("_as", "_bas"))
            ),
        )
    chained = found.select_seq(
        "_q", *(pl.col(c).cast(hit.schema[c]) for c in ("_aspk", "_ap", "_as"))
    )
    return hit.select_seq("_q").join(chained, on="_q", how="left", maintain_order="left")


def _resolve_pronouns(
    q: pl.DataFrame,
    corpus: Corpus,
    m: pl.DataFrame,
    paragraphs: pl.DataFrame,
    subjects: pl.DataFrame | None = None,
) -> pl.DataFrame:
    """Replace *er*/*sie* by the most recent named speaker or person name before it.

    A document's author (``_ITS_AUTHOR``) is taken up like a pronoun of any gender, from the
    sentence before or the most recent named speaker; where none is found, the document
    phrase stays the speaker. ``subjects``: the subjects :func:`_speakers` found in the
    sentences before the quotes, if known (see :func:`_subject`).
    """
    pron = pl.col("speaker").is_in([*_PRONOUNS, _ITS_AUTHOR])
    if q.filter(pron).height == 0:
        return q
    # a capitalised "Sie" inside a sentence is the polite address, no "sie" of someone named
    # before: "Wie sollten wir, „…“, wie Sie fordern, ..." (it stays "Sie")
    before_speaker = (
        q.select_seq("_q", "_sp_p", "_sp_s")
        .filter(pl.col("_q").is_in(q.filter(pl.col("speaker") == "Sie")["_q"].implode()))
        .join(paragraphs.select_seq(pl.col("_p").alias("_sp_p"), "text"), on="_sp_p")
        .filter(
            pl.col("text")
            .str.slice(0, pl.col("_sp_s"))
            .str.strip_chars_end()
            .str.contains(_latin(r"[\p{L}\d,;)–—-]$"))
        )
        .get_column("_q")
    )
    pron = pron & ~pl.col("_q").is_in(before_speaker.implode())
    if q.filter(pron).height == 0:
        return q
    q = _colon_subject(q, pron, m)
    if q.filter(pron).height == 0:
        return q
    # the subject of the sentence before, in the same paragraph, when it names a person or a
    # body, is taken up by the subject pronoun of the next: Der Bundeskanzler nahm am Abend
    # Stellung. Er bezeichnete diese als eine „souveräne Entscheidung“
    # (the pronoun in the quote's sentence, whose sentence before _speakers searched already
    # (``_ps``), or, taken from there, in the sentence before it: ... äußerte sich X. Er
    # verwies auf ... . „…“)
    # (the sentence before may close the paragraph before: Generalsekretär X traf am Montag
    # den Präsidenten Y. / „…“, sagte er)
    in_own = (
        pron
        & (pl.col("_sp_p") == pl.col("_p"))
        & (pl.col("_sp_s") >= pl.col("_ss"))
        & pl.col("_prev_p").is_not_null()
    ).fill_null(False)
    in_prev = (
        pron
        & (pl.col("_sp_p") == pl.col("_prev_p"))
        & (pl.col("_sp_s") >= pl.col("_prev_start"))
        & (pl.col("_sp_s") < pl.col("_ss"))
        & pl.col("_prev2text").is_not_null()
    ).fill_null(False)
    # (the sentence before may open with the pronoun and close the paragraph before, its
    # antecedent the subject of the sentence before that: Der Außenminister Sikorski sah das
    # anders. Er forderte mehr Tempo. / „…“)
    in_cross = (
        pron
        & (pl.col("_sp_p") == pl.col("_prev_p"))
        & (pl.col("_prev_p") != pl.col("_p"))
        # (at its start, or after a verb that opens it: "Darin sagte er:")
        & (
            (pl.col("_sp_s") == pl.col("_prev_start"))
            | pl.col("_prev_text").str.contains(_VERB_FIRST_PRONOUN)
        )
        & pl.col("_prev2text").is_null()
        & pl.col("_pp_text").is_not_null()
    ).fill_null(False)
    if "_ps" not in q.columns:
        q = q.with_columns_seq(pl.lit(False).alias("_ps_searched"))
        q = q.with_columns_seq(
            pl.lit(None, dtype=pl.String).alias("_ps"),
            pl.lit(None, dtype=pl.Int64).alias("_ps_off"),
        )
    # (a row that became a pronoun later, "seine Botschaft", is searched here)
    unsearched = in_own & ~pl.col("_ps_searched")
    q = (
        q.join(_subject(q, "_prev2text", in_prev, subjects), on="_q", how="left")
        .join(
            _subject(q, "_prev_text", unsearched, subjects).select_seq(
                "_q", pl.col("_xspk").alias("_us"), pl.col("_xoff").alias("_us_off")
            ),
            on="_q",
            how="left",
        )
        .join(
            _subject(q, "_pp_text", in_cross, subjects).select_seq(
                "_q", pl.col("_xspk").alias("_cs"), pl.col("_xoff").alias("_cs_off")
            ),
            on="_q",
            how="left",
        )
        .with_columns_seq(
            pl.when(unsearched)
            .then(pl.col("_us"))
            .when(in_own)
            .then(pl.col("_ps"))
            .when(in_prev)
            .then(pl.col("_xspk"))
            .when(in_cross)
            .then(pl.col("_cs"))
            .alias("_xspk"),
            pl.when(unsearched)
            .then(pl.col("_prev_start") + pl.col("_us_off"))
            .when(in_own)
            .then(pl.col("_prev_start") + pl.col("_ps_off"))
            .when(in_prev)
            .then(pl.col("_prev2start") + pl.col("_xoff"))
            .when(in_cross)
            .then(pl.col("_pp_start") + pl.col("_cs_off"))
            .alias("_ante_s"),
        )
    )

    # (an actor of the lexicon in the subject: a person by name, "Selenskyj"; a body with its
    # article, whose gender the article shows: "Der Kreml", "Die Nato-Staaten")
    def actor_named(frame: pl.DataFrame, para: pl.Expr, start: pl.Expr) -> pl.DataFrame:
        spans = frame.filter(pl.col("_xspk").is_not_null()).select_seq(
            "_q",
            para.cast(pl.Int64).alias("_sp_p"),
            start.cast(pl.Int64).alias("_sp_s"),
            (start + pl.col("_xspk").str.len_chars()).cast(pl.Int64).alias("_sp_e"),
            pl.col("_xspk").str.contains(r"^(?:Der|Die|der|die)\s").alias("_xart"),
        )
        found = _mentions_in(spans, m).filter(
            (pl.col("actor_kind") == "person")
            | (pl.col("actor_kind").is_in(["organisation", "place-as-metonym"]) & pl.col("_xart"))
        )
        # (any actor of the lexicon there, a place too: see _takes_up)
        named = _mentions_in(spans, m).get_column("_q").unique()
        return frame.with_columns_seq(
            pl.col("_q").is_in(found["_q"].unique().implode()).alias("_xperson"),
            pl.col("_q").is_in(named.implode()).alias("_xactor"),
        )

    # (a person introduced with a copula or a verb of going in the sentence before, where no
    # other subject was found there: Generalstabschef X ging noch weiter. Er sagte, ...)
    # (or the subject of the indirect speech it reports: Aus Ankara hieß es, Präsident X habe
    # ... angeregt. „…“, sagte er)
    # (each searched once, as a column: the steps below name them several times)
    introductions = {
        "_i_first": _INTRODUCED_SUBJECT,
        "_i_last": _INTRODUCED_LAST,
        "_i_reported": _INTRODUCED_REPORTED,
        "_i_clause": _INTRODUCED_CLAUSE,
    }
    q = q.with_columns_seq(
        pl.col("_prev_text").fill_null("").str.extract_groups(_latin(pattern)).alias(name)
        for name, pattern in introductions.items()
    )
    first, last, reported, clause = (pl.col(name) for name in introductions)
    # (a span after a preposition is none: "Nach Einschätzung von X ist ...")
    # (nor a noun with its adjective and no article, the predicate, where a name closes the
    # sentence: "Überragender Spieler im Endspiel war Torhüter X, der ...")
    named_last = last.struct.field("spk").is_not_null()

    def predicate(spk: pl.Expr) -> pl.Expr:
        return (named_last & spk.str.contains(_PREDICATE_FIRST)).fill_null(False)

    introduced = (
        pl.when(
            first.struct.field("spk").is_not_null()
            & ~_comparative(first.struct.field("spk")).fill_null(False)
            & ~predicate(first.struct.field("spk"))
        )
        .then(first)
        .when(last.struct.field("spk").is_not_null())
        .then(last)
        .when(reported.struct.field("spk").is_not_null())
        .then(reported)
        .otherwise(clause)
    ).alias("_intro")
    # (a comparative found as the subject is none: "Deutlicher wurde Tamar X.")
    fresh = in_own & (
        pl.col("_xspk").is_null()
        | _comparative(pl.col("_xspk")).fill_null(False)
        | predicate(pl.col("_xspk"))
    )
    q = (
        q.with_columns_seq(introduced)
        .with_columns_seq(
            pl.when(
                fresh
                & (
                    pl.col("_intro").struct.field("spk").str.contains(_PREP_START)
                    # (nor an amount: "Eine Rakete koste eine Million Euro.")
                    | pl.col("_intro").struct.field("spk").str.contains(_AMOUNT)
                    # (nor one inside quoted words: „… KFOR wird ... gewährleisten“, hieß es)
                    | _in_quoted_words(
                        pl.col("_prev_text"),
                        pl.col("_intro").struct.field("lead").str.len_chars().cast(pl.Int64),
                        pl.col("_intro").struct.field("spk"),
                    )
                )
            )
            .then(None)
            .otherwise(pl.col("_intro"))
            .alias("_intro")
        )
        .with_columns_seq(
            pl.when(fresh)
            # (an age after the name is no part of it: "X, 52,"; nor the comma that closes a
            # name in apposition: "Die Sprecherin des Ministeriums, Maria X, ging weiter")
            .then(
                pl.col("_intro")
                .struct.field("spk")
                .str.replace(r",\s*\d{1,3}\s*,?\s*$", "")
                .str.strip_chars_end(" ,")
            )
            .otherwise(pl.col("_xspk"))
            .alias("_xspk"),
            pl.when(fresh)
            .then(
                pl.col("_prev_start")
                + pl.col("_intro").struct.field("lead").str.len_chars().cast(pl.Int64)
            )
            .otherwise(pl.col("_ante_s"))
            .alias("_ante_s"),
        )
        .drop("_intro", *introductions)
    )
    # (a person given as the source of the sentence before, before its subject: see
    # _INTRODUCED_SOURCE)
    before, after = (
        pl.col("_prev_text").fill_null("").str.extract_groups(_latin(pattern))
        for pattern in (_INTRODUCED_SOURCE, _INTRODUCED_SOURCE_AFTER)
    )
    source = pl.when(before.struct.field("spk").is_not_null()).then(before).otherwise(after)
    q = (
        q.with_columns_seq(source.alias("_src"))
        .with_columns_seq(
            (
                in_own
                & pl.col("_src").struct.field("spk").is_not_null()
                # (a person, or a surname the article gives with a first name: "Laut Kaminski
                # fanden Brandermittler ... . „…“, so der 46-Jährige")
                & (
                    _person_like(pl.col("_src").struct.field("spk"))
                    | pl.col("_ng").list.contains(pl.col("_src").struct.field("spk") + ":m")
                    | pl.col("_ng").list.contains(pl.col("_src").struct.field("spk") + ":f")
                )
                & ~pl.col("_src").struct.field("spk").str.contains(_PREP_START)
                & _agrees(pl.col("speaker"), pl.col("_src").struct.field("spk"), pl.col("_ng"))
            )
            .fill_null(False)
            .alias("_sourced")
        )
        .with_columns_seq(
            pl.when(pl.col("_sourced"))
            .then(pl.col("_src").struct.field("spk"))
            .otherwise(pl.col("_xspk"))
            .alias("_xspk"),
            pl.when(pl.col("_sourced"))
            .then(
                pl.col("_prev_start")
                + pl.col("_src").struct.field("lead").str.len_chars().cast(pl.Int64)
            )
            .otherwise(pl.col("_ante_s"))
            .alias("_ante_s"),
        )
        .drop("_src", "_sourced")
    )
    q = _one_of_two(q, "_ante_s")
    q = actor_named(
        q,
        pl.when(in_own | in_cross).then(pl.col("_prev_p")).otherwise(pl.col("_p")),
        pl.col("_ante_s"),
    )
    # (as a column: each expression below would evaluate it again)
    q = q.with_columns_seq(_takes_up(in_own | in_prev | in_cross).alias("_take"))
    # (but an epithet as that subject takes up someone itself: in "Georg B. bewirtschaftet einen
    # Hof. Der 54-Jährige rechnet vor, ... . „…“, sagt er" he is B.; the pronoun looks on, and
    # takes the epithet where it finds no one near, see _ANAPHOR_REACH)
    # (also with where its person comes from: "Der 24-Jährige aus dem Berner Oberland")
    anaphor_head = pl.col("_xspk").str.replace(_PLACE_AT_END, "").str.replace(_EPITHET_ORIGIN, "")
    anaphor_role, _ = _role_epithet(anaphor_head)
    # (and so does a person by what they are, with the definite article: "Walentyna X stand vor
    # den Trümmern. Die Rentnerin hatte ... . „…“, sagte die 67-Jährige")
    anaphor = (
        pl.col("_take")
        & (
            anaphor_head.str.contains(_EPITHET)
            | anaphor_role
            | anaphor_head.str.contains(_THE_PERSON)
        )
    ).fill_null(False)
    q = q.with_columns_seq(
        pl.when(anaphor)
        .then(
            pl.struct(
                pl.col("_xspk").alias("spk"),
                pl.when(in_own | in_cross)
                .then(pl.col("_prev_p"))
                .otherwise(pl.col("_p"))
                .cast(pl.Int64)
                .alias("p"),
                pl.col("_ante_s").cast(pl.Int64).alias("s"),
                # (where its sentence starts)
                pl.when(in_prev)
                .then(pl.col("_prev2start"))
                .when(in_cross)
                .then(pl.col("_pp_start"))
                .otherwise(pl.col("_prev_start"))
                .cast(pl.Int64)
                .alias("ss"),
            )
        )
        .alias("_ana"),
        (pl.col("_take") & ~anaphor).alias("_take"),
    )
    take = pl.col("_take")
    q = q.with_columns_seq(
        pl.when(take).then(pl.col("_xspk")).otherwise(pl.col("speaker")).alias("speaker"),
        # (the sentence before is in the quote's paragraph, or in_own in the one before)
        pl.when(take & (in_own | in_cross))
        .then(pl.col("_prev_p"))
        .when(take)
        .then(pl.col("_p"))
        .otherwise(pl.col("_sp_p"))
        .alias("_sp_p"),
        pl.when(take).then(pl.col("_ante_s")).otherwise(pl.col("_sp_s")).alias("_sp_s"),
        # the same pronoun as the subject of the sentence before (or in it, where no subject
        # was found there: "Dort traf sie X"): that one's antecedent; also past a plural
        # subject there that a pronoun with a verb in the singular cannot take up: "Die
        # Ministerin verbot den Verein. Bei Razzien durchsuchten Polizisten 50 Wohnungen.
        # „…“, erklärte sie" (the minister)
        (
            ~take
            & in_own
            & (pl.col("speaker") != _ITS_AUTHOR)
            & (
                (pl.col("_xspk").str.to_lowercase() == pl.col("speaker").str.to_lowercase())
                | (
                    pl.col("speaker").is_in(["er", "sie"])
                    & (_gender(pl.col("_xspk")) == "p")
                    & ~_plural_sie()
                )
                | (
                    pl.col("_xspk").is_null()
                    & pl.col("_prev_text")
                    .str.to_lowercase()
                    .str.contains(pl.lit(r"\b") + pl.col("speaker").str.to_lowercase() + r"\b")
                )
                # (or a fact that opens with a preposition and has no subject found, a pronoun
                # in the singular after it: "Eine Sprecherin lobte die Schulen. Nach
                # Ministeriumsangaben haben mehr als 300 Schulen ... eingeführt. ... „…“, sagte
                # sie")
                | (
                    pl.col("speaker").is_in(["er", "sie"])
                    & pl.col("_xspk").is_null()
                    & ~_plural_sie()
                    & pl.col("_prev_text").str.contains(_latin(_PREPOSITION_FIRST))
                )
                # (or a sentence with no subject found that goes on with indirect speech: "X
                # wies die Vorwürfe zurück. Die Festgenommenen seien beteiligt gewesen. „…“,
                # sagte er")
                | (
                    pl.col("speaker").is_in(["er", "sie"])
                    & pl.col("_xspk").is_null()
                    & pl.col("_prev_text").str.contains(_SUBJUNCTIVE_IN)
                )
                # (or one whose subject, not taken up, has its verb in the subjunctive: the
                # content of someone's words, "Zurückhaltender urteilt X. Die Führung in
                # Teheran wisse, dass ... . „…“, sagt sie")
                | (
                    pl.col("speaker").is_in(["er", "sie"])
                    & pl.col("_prev_text")
                    .str.split_exact(pl.col("_xspk"), 1)
                    .struct.field("field_1")
                    .str.contains(rf"^\s+{_SUBJUNCTIVE}")
                )
                # (or a thing, no person, as the subject of a sentence in the subjunctive:
                # "Zusagen nützten wenig, wenn sie erst in Jahren erfüllt würden.")
                | (
                    pl.col("speaker").is_in(["er", "sie"])
                    & ~_person_like(pl.col("_xspk"))
                    & pl.col("_prev_text").str.contains(_SUBJUNCTIVE_IN)
                    # (with no verb of saying of its own: "..., verkündete X im Fernsehen")
                    & ~pl.col("_prev_text").str.contains(_SAYING_IN)
                )
            )
            & pl.col("_prev2text").is_not_null()
        )
        .fill_null(False)
        .alias("_chained"),
    ).drop(
        "_take",
        "_xspk",
        "_xcue",
        "_xoff",
        "_xperson",
        "_xactor",
        "_ante_s",
        "_ps",
        "_ps_off",
        "_ps_searched",
        "_us",
        "_us_off",
        "_cs",
        "_cs_off",
    )
    # ... taken from the sentence before that, in the same paragraph: Die Ministerin reiste
    # nach Kiew. Dort traf sie Präsident Selenskyj. „…“, versicherte sie.
    chained = pl.col("_chained")
    q = q.join(_subject(q, "_prev2text", chained, subjects), on="_q", how="left")
    q = _one_of_two(q, "_xoff")
    q = actor_named(q, pl.col("_p"), pl.col("_prev2start") + pl.col("_xoff"))
    q = q.with_columns_seq(_takes_up(chained).alias("_take"))
    take = pl.col("_take")
    q = q.with_columns_seq(
        pl.when(take).then(pl.col("_xspk")).otherwise(pl.col("speaker")).alias("speaker"),
        pl.when(take).then(pl.col("_p")).otherwise(pl.col("_sp_p")).alias("_sp_p"),
        pl.when(take)
        .then(pl.col("_prev2start") + pl.col("_xoff"))
        .otherwise(pl.col("_sp_s"))
        .alias("_sp_s"),
    ).drop("_take", "_xspk", "_xcue", "_xoff", "_xperson", "_xactor", "_chained")
    if q.filter(pron).height == 0:
        return q.with_columns_seq(
            (pl.col("_sp_s") + pl.col("speaker").str.len_chars()).alias("_sp_e")
        ).drop("_ana")
    # (a document that speaks is taken up by no "er" or "sie", nor is it a document's author:
    # "In dem am Donnerstag verabschiedeten Kommuniqué heißt es: „…“ ... Sie sagte: „…“")
    named = q.filter(
        pl.col("speaker").is_not_null()
        & ~pron
        & ~pl.col("speaker").str.contains(_A_DOCUMENT).fill_null(False)
    ).select_seq(
        "article_id",
        pl.col("_sp_p").alias("_ap"),
        pl.col("_sp_s").alias("_as"),
        pl.col("speaker").alias("_aspk"),
    )
    articles = q.filter(pron).select_seq("article_id").unique()
    named = pl.concat(
        [named, _inserted_sources(corpus, paragraphs, articles)], how="vertical_relaxed"
    )
    persons = (
        m.join(articles, on="article_id", how="semi")
        .filter(pl.col("actor_kind") == "person")
        .select_seq(
            "article_id",
            pl.col("_ap").cast(pl.Int64),
            pl.col("start").cast(pl.Int64).alias("_as"),
            pl.col("match").alias("_aspk"),
        )
    )
    asked_paragraphs = paragraphs.join(articles, on="article_id", how="semi")
    persons = _with_first_names(persons, asked_paragraphs)
    names = _name_pairs(corpus, asked_paragraphs)
    # (a pair inside a person of the lexicon is that person: "Anders Fogh" in "Anders Fogh
    # Rasmussen")
    inside = (
        names.join(
            persons.select_seq(
                "article_id",
                "_ap",
                pl.col("_as").alias("_ps"),
                (pl.col("_as") + pl.col("_aspk").str.len_chars()).alias("_pe"),
            ),
            on=["article_id", "_ap"],
        )
        .filter((pl.col("_as") >= pl.col("_ps")) & (pl.col("_as") < pl.col("_pe")))
        .select_seq("article_id", "_ap", "_as")
    )
    names = names.join(inside, on=["article_id", "_ap", "_as"], how="anti")
    mentioned = pl.concat([persons, names], how="vertical_relaxed")
    mentioned = pl.concat(
        [mentioned, _again(corpus, asked_paragraphs, mentioned)], how="vertical_relaxed"
    )
    # a name inside quoted words is no antecedent of the narrator's "er": „Lewandowski ist
    # eine Option“, sagte er
    spans = q.join(articles, on="article_id", how="semi").select_seq(
        "article_id", pl.col("_p").alias("_qp"), pl.col("start").alias("_qs"), "_pe", "end_offset"
    )
    quoted = (
        mentioned.join(spans, on="article_id")
        .filter(
            (
                (pl.col("_ap") > pl.col("_qp"))
                | ((pl.col("_ap") == pl.col("_qp")) & (pl.col("_as") > pl.col("_qs")))
            )
            & (
                (pl.col("_ap") < pl.col("_pe"))
                | ((pl.col("_ap") == pl.col("_pe")) & (pl.col("_as") < pl.col("end_offset")))
            )
        )
        .select_seq("article_id", "_ap", "_as")
        .unique()
    )
    mentioned = mentioned.join(quoted, on=["article_id", "_ap", "_as"], how="anti")
    # a pronoun after its quote takes up no one named in the indirect speech it reports, the
    # clause from its sentence's start (or colon) to the quote: "Kuleba reagierte empört:
    # Putin habe Guterres und Erdoğan „ins Gesicht gespuckt“, schrieb er" (Kuleba); the search
    # goes back from that clause's start
    before = pl.col("_before").fill_null("")
    clause_start = (
        pl.col("_ss")
        + before.str.len_chars()
        - before.str.extract(r"([^:]*)$").str.len_chars().fill_null(0)
    )
    after_quote = (
        (pl.col("_sp_p") == pl.col("_pe")) & (pl.col("_sp_s") >= pl.col("end_offset"))
    ).fill_null(False)
    asked = (
        q.filter(pron)
        .select_seq(
            "_q",
            "article_id",
            # (where an epithet or a person by what they are took the pronoun's place in the
            # sentence before, the search goes back from there: "Walentyna X stand vor den
            # Trümmern. Die Rentnerin hatte ... . „…“, sagte sie")
            pl.when(pl.col("_ana").is_not_null())
            .then(pl.col("_ana").struct.field("p") * 1_000_000 + pl.col("_ana").struct.field("s"))
            .when(after_quote)
            .then(pl.col("_p") * 1_000_000 + clause_start)
            .otherwise(pl.col("_sp_p") * 1_000_000 + pl.col("_sp_s"))
            .alias("_pos"),
            # "sie" with a verb in the plural ("Sie sollen „…“ geplant haben") is plural: it
            # takes up no single person
            pl.when(_plural_sie())
            .then(pl.lit("sie (plural)"))
            .otherwise(pl.col("speaker").str.to_lowercase())
            .alias("_pron"),
        )
        .sort("_pos")
    )
    hits = []
    genders = q.select_seq("article_id", "_ng").unique("article_id")
    # the most recent named speaker first, then the most recent person or name-like mention;
    # "er" never takes up a feminine or neuter phrase, "sie" never a masculine or neuter one
    for cands in (named, mentioned):
        ranked = (
            _with_genders(cands, genders)
            .with_columns_seq((pl.col("_ap") * 1_000_000 + pl.col("_as")).alias("_pos"))
            .sort("_pos")
        )
        for pronoun, excluded in (
            ("er", ["f", "n", "p"]),
            ("sie", ["m", "n", "p"]),
            ("sie (plural)", ["m", "n", "u"]),
            # (a document's author: a speaker named before, not any person mentioned)
            *([(_ITS_AUTHOR, [])] if cands is named else []),
        ):
            hits.append(
                asked.filter(pl.col("_pron") == pronoun)
                .join_asof(
                    ranked.filter(
                        ~pl.col("_g").is_in(excluded)
                        # (a document with its author's genitive, for "er" and "sie": "„…“, hieß
                        # es in einer Erklärung des Generals. ... ergänzte er")
                        & (
                            pl.lit(pronoun == _ITS_AUTHOR)
                            | ~pl.col("_aspk").str.contains(_A_DOCUMENT_OF).fill_null(False)
                        )
                    ).select_seq("article_id", "_pos", "_aspk", "_ap", "_as"),
                    on="_pos",
                    by="article_id",
                    strategy="backward",
                    allow_exact_matches=False,
                    check_sortedness=False,
                )
                .select_seq(
                    "_q",
                    "_aspk",
                    "_ap",
                    "_as",
                    pl.lit(cands is named).alias("_by_name"),
                    (pl.col("_pos") // 1_000_000).alias("_pp"),
                )
            )
    hit = pl.concat([h.drop_nulls("_aspk") for h in hits])
    # (but a person named in the pronoun's own paragraph comes before a speaker of an earlier
    # one: "„…“, sagte X. / Wie sich das auswirkt, schildert Sabine K., Leiterin einer Schule.
    # Sie unterrichte selbst. „…“, erzählt die 58-Jährige" is K.)
    # (where the paragraph does not name that speaker again before the pronoun: in "..., nahm
    # Köhler kein Blatt vor den Mund. Die Angriffe auf Paul K. wollte er ..." he is Köhler)
    earlier_speaker = (
        hit.filter(pl.col("_by_name") & (pl.col("_ap") < pl.col("_pp")))
        .join(asked.select_seq("_q", "_pos"), on="_q")
        .join(
            paragraphs.select_seq(pl.col("_p").alias("_pp"), "text").with_columns_seq(
                pl.col("_pp").cast(pl.Int64)
            ),
            on="_pp",
        )
        .filter(
            ~pl.col("text")
            .str.slice(0, pl.col("_pos") % 1_000_000)
            .str.contains(pl.col("_aspk").str.extract(r"(\S+)$"), literal=True)
            .fill_null(False)
        )
    )
    # (a person by a first name: not any pair of capitalised words, "Amtsantritt von Angela")
    own_person = hit.filter(
        ~pl.col("_by_name")
        & (pl.col("_ap") == pl.col("_pp"))
        & pl.col("_aspk").str.extract(r"^(\S+)").is_in(_name_series()["first"])
    ).join(earlier_speaker.select_seq("_q"), on="_q", how="semi")
    hit = (
        pl.concat([own_person, hit])
        .unique("_q", keep="first", maintain_order=True)
        .drop("_by_name", "_pp")
    )
    # where that one shows no gender ("Datenschützer", "Obamas Einsatz") or none was found, a
    # person of the pronoun's own gender that the sentence before names (or its own, before
    # the pronoun) comes first: "Von der Bundeskanzlerin liegt eine Stellungnahme vor. Sie
    # sagte: ..." takes up "die Bundeskanzlerin"
    # (and where that one is in the sentence before too, it stays: "sagte Andrew Wetzler, ein
    # Anwalt des Verbands. Er sagte weiter")
    unsure = (
        hit.join(q.select_seq("_q", "article_id", *_WINDOW), on="_q")
        .join(genders, on="article_id", how="left")
        .filter(
            (_gender(pl.col("_aspk"), pl.col("_ng")) != "u")
            | (pl.col("_ap") * 1_000_000 + pl.col("_as") >= _window_start()).fill_null(False)
        )
        .select_seq("_q")
    )
    # (none of them at or after the epithet that took the pronoun's place, see above)
    at_epithet = asked.select_seq("_q", pl.col("_pos").alias("_from_pos")).join(
        q.filter(pl.col("_ana").is_not_null()).select_seq("_q"), on="_q", how="semi"
    )
    nearby = [
        h.join(unsure, on="_q", how="anti")
        .join(at_epithet, on="_q", how="left")
        .filter(
            pl.col("_from_pos").is_null()
            | (pl.col("_ap") * 1_000_000 + pl.col("_as") < pl.col("_from_pos"))
        )
        .drop("_from_pos")
        for h in _nearby_of_gender(q, pron, corpus, asked_paragraphs, named, mentioned, genders)
    ]
    hit = pl.concat([*nearby, hit], how="vertical_relaxed").unique(
        "_q", keep="first", maintain_order=True
    )
    hit = _chained(asked, hit)
    q = q.join(hit, on="_q", how="left")
    # ("Darin heißt es" after a sentence that names the document: its author is named there
    # or nowhere, not by a speaker before)
    earlier = (
        pl.col("_therein_doc").is_not_null()
        & (
            (pl.col("_ap") < pl.col("_prev_p"))
            | ((pl.col("_ap") == pl.col("_prev_p")) & (pl.col("_as") < pl.col("_prev_start")))
        )
    ).fill_null(False)
    q = q.with_columns_seq(
        pl.when(earlier).then(None).otherwise(pl.col(c)).alias(c) for c in ("_aspk", "_ap", "_as")
    )
    # (an epithet passed over above: the one found, if a name before it and near it, else the
    # epithet; "Der Bundeskanzler nahm zu der Entscheidung des Bundespräsidenten Stellung. Er
    # bezeichnete ..." is the chancellor)
    ana = pl.col("_ana").struct
    last_word = pl.col("_aspk").str.extract(r"(\S+)$")
    # (a role that a name in its own sentence before it does not carry: in "Auf die Frage, ob
    # Präsident X ... bereit sei, antwortete der Kremlsprecher. „…“, sagte der 57-Jährige" the
    # spokesman is not X, but the holder of the role, see _role_holder)
    ana_role, ana_noun = _role_epithet(ana.field("spk").str.replace(_PLACE_AT_END, ""))
    misfit = (
        ana_role
        & (pl.col("_ap") == ana.field("p"))
        & (pl.col("_as") >= ana.field("ss"))
        & ~pl.col("_aspk")
        .str.to_lowercase()
        .str.replace_all("-", "")
        .str.contains(ana_noun.str.to_lowercase().str.replace_all("-", ""), literal=True)
    )
    far = (
        ana.field("spk").is_not_null()
        & (
            pl.col("_aspk").is_null()
            | misfit.fill_null(False)
            | (pl.col("_ap") < ana.field("p") - _ANAPHOR_REACH)
            | (
                pl.col("_ap").cast(pl.Int64) * 1_000_000 + pl.col("_as")
                >= ana.field("p") * 1_000_000 + ana.field("s")
            )
            | _has_word(last_word.str.to_lowercase(), _ROLE_NOUN)
            | last_word.is_in(_lexicon_nouns())
        )
    ).fill_null(False)
    q = q.with_columns_seq(
        pl.when(far).then(ana.field(f)).otherwise(pl.col(c)).alias(c)
        for f, c in (("spk", "_aspk"), ("p", "_ap"), ("s", "_as"))
    ).drop("_ana")
    ok = pron & pl.col("_aspk").is_not_null()
    # (a document whose author is not found stays the speaker; "Darin heißt es" has none)
    lost = (pl.col("speaker") == _ITS_AUTHOR) & ~ok
    # (the document of the sentence before "Darin heißt es", where no author was found)
    q = q.with_columns_seq(pl.coalesce("_document", "_therein_doc").alias("_document"))
    unnamed = lost & pl.col("_document").is_null()
    return (
        q.with_columns_seq(
            pl.when(unnamed).then(None).otherwise(pl.col("_rule")).alias("_rule"),
            pl.when(unnamed).then(None).otherwise(pl.col("cue")).alias("cue"),
        )
        .with_columns_seq(
            pl.when(ok)
            .then(pl.col("_aspk"))
            .when(lost)
            .then(pl.col("_document"))
            .otherwise(pl.col("speaker"))
            .alias("speaker"),
            pl.when(ok).then(pl.col("_ap")).otherwise(pl.col("_sp_p")).alias("_sp_p"),
            pl.when(ok).then(pl.col("_as")).otherwise(pl.col("_sp_s")).alias("_sp_s"),
        )
        .with_columns_seq((pl.col("_sp_s") + pl.col("speaker").str.len_chars()).alias("_sp_e"))
        .drop("_aspk", "_ap", "_as")
    )


#: A source inserted where a sentence opens: "Wie Innenminister Arbën Krasniqi am Abend
#: sagte, ..." (the role and the name: up to four capitalised words, with name particles).
_INSERTED_SOURCE = (
    r"^Wie\s+(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:(?:von|van|de|da|di|del|al|bin|ibn|ter)\s+)*"
    r"\p{Lu}[\p{L}\p{M}'’-]*){0,3})\s+(?:[^,;:„“»«.!?]{0,40}\s)?"
    rf"{_VERB},"
)


def _inserted_sources(
    corpus: Corpus, paragraphs: pl.DataFrame, articles: pl.DataFrame
) -> pl.DataFrame:
    """Speakers of inserted sources that open a sentence, as named speakers for the pronouns
    after them: "Wie Innenminister X am Abend sagte, wurden ... . „…“, fügte er hinzu" (rows
    ``article_id, _ap, _as, _aspk``); only persons whose role or name shows their gender.
    """
    opening = (
        corpus.tokens.join(articles, on="article_id", how="semi")
        .filter(pl.col("text") == "Wie")
        .filter(
            pl.col("token") == pl.col("token").min().over("article_id", "paragraph", "sentence")
        )
        .select_seq("article_id", "paragraph", pl.col("start").cast(pl.Int64))
    )
    if opening.height == 0:
        return pl.DataFrame(
            schema={"article_id": pl.String, "_ap": pl.Int64, "_as": pl.Int64, "_aspk": pl.String}
        )
    found = opening.join(
        paragraphs.select_seq(
            "article_id", "paragraph", pl.col("_p").cast(pl.Int64).alias("_ap"), "text"
        ),
        on=["article_id", "paragraph"],
    ).with_columns_seq(
        pl.col("text")
        .str.slice(pl.col("start"), 160)
        .str.extract(_latin(_INSERTED_SOURCE), 1)
        .alias("_aspk")
    )
    # (a person, whose role or name shows the gender: not an agency, "Wie Tass meldete")
    return found.filter(_gender(pl.col("_aspk")).is_in(["m", "f"])).select_seq(
        "article_id",
        "_ap",
        # (the name after "Wie ")
        (pl.col("start") + 4).alias("_as"),
        "_aspk",
    )


#: A subject that opens its sentence before a copula or a verb of going: a person introduced
#: ("Generalstabschef X ging noch weiter.", "Auch X war anderer Meinung."), whom "er" or
#: "sie" in the next sentence takes up (see :func:`_resolve_pronouns`).
_INTRODUCED_SUBJECT = (
    rf"^(?P<lead>\s*{_OPENERS}(?:(?:Auch|Selbst|Sogar|Nur|Doch|Aber)\s+)?)(?P<spk>{_SPK})"
    # (a role in apposition may follow: "Mariam X, Lehrerin aus Marjayoun, ist ..."; or a
    # relative clause: "Ministerpräsident X, der mit einer eigenen Liste antrat, gab ...")
    r"(?:,\s+\p{Lu}[^,;:„“»«.!?]{1,60},|,\s+(?:der|die)\s+[^,;:„“»«.!?]{1,120},)?\s+"
    r"(?:war|ist|ging|geht|stand|steht|blieb|bleibt|kam|kommt|zeigte|zeigt|wurde|wird|klang|"
    r"klingt|gab|gibt)\b"
)
#: ... or one that closes such a sentence after its verb: "Noch deutlicher wurde
#: Präsidentenberater X.", "Ganz anders klang Sonderbotschafter X."
_INTRODUCED_LAST = (
    r"^(?P<lead>[^,;:„“»«.!?]*?\b(?:wurde|war|ist|wird|klang|klingt|zeigte\s+sich|gab\s+sich)\s+)"
    # (a role in apposition may close it: "Deutlicher wurde Tamar X, Mitglied des
    # Sicherheitskabinetts."; or a relative clause: "Überragender Spieler war Torhüter X, der
    # zahlreiche Würfe abwehrte.")
    rf"(?P<spk>{_SPK})(?:,\s+\p{{Lu}}[^,;:„“»«.!?]{{0,80}}|,\s+(?:der|die)\s+[^,;:„“»«.!?]{{1,120}})?"
    r"\s*[.!?]?\s*$"
)


#: A noun with its adjective and no article that opens a copula's sentence: its predicate
#: ("Überragender Spieler im Endspiel war Torhüter X"; see :func:`_resolve_pronouns`).
_PREDICATE_FIRST = (
    r"^\p{Lu}\p{Ll}+(?:e|er|es|en)\s+\p{Lu}\p{Ll}+"
    r"(?:\s+(?:im|in|am|beim|bei|des|der|vom|von)\s[^,]*)?$"
)


#: ... or the subject of the indirect speech that such a sentence reports after a comma, where
#: the clause before it says that something was said: "Aus Ankara hieß es, Präsident X habe
#: eine Waffenruhe angeregt." (not "Befürchtungen, Stockholm habe ..., wies sie zurück")
_INTRODUCED_REPORTED = (
    r"^(?P<lead>[^,;:„“»«.!?]*?\b(?:hieß\s+es|verlautete|berichteten?|meldeten?|erklärten?|"
    r"sagten?|teilten?\s+[^,;:„“»«.!?]*?mit|schrieben?|bestätigten?|betonten?)"
    r"[^,;:„“»«.!?]*?,\s+(?:dass\s+)?)"
    rf"(?P<spk>{_SPK})\s+(?:habe|sei|werde|wolle|könne|müsse|solle|hätte|wäre|würde)\b"
)


#: ... or the subject of a clause that opens such a sentence, its main clause with no person
#: as its subject: "Wenn Chen Yu-ting abends telefoniert, geht es selten um Politik."
_INTRODUCED_CLAUSE = (
    rf"^(?P<lead>\s*(?:{_DATELINE})?(?:Wenn|Als|Während|Nachdem|Seit|Seitdem|Weil|Obwohl|Sobald|"
    r"Bevor)\s+)"
    rf"(?P<spk>{_SPK})\s+[^,;:„“»«.!?]{{0,80}}?\p{{Ll}}+\s*,\s+"
    r"(?:geht|ging|gibt|gab|ist|war|bleibt|blieb|wird|wurde|herrscht|herrschte)\s+es\b"
)
#: ... or a person given as the source that opens the sentence before, whose subject is
#: someone else: "Laut UNRWA-Sprecher X haben 170.000 Menschen Zuflucht gesucht. „…“, sagte
#: er" (also "X zufolge", see ``_INTRODUCED_SOURCE_AFTER``).
_INTRODUCED_SOURCE = (
    r"^(?P<lead>\s*(?:[Ll]aut|[Nn]ach\s+(?:Angaben|Worten|Einschätzung|Ansicht)\s+(?:von\s+)?)"
    # (an unnamed one too: "Laut einer Fraport-Sprecherin blieb es ruhig")
    r"\s+(?:(?:dem|der|einem|einer)\s+)?)"
    rf"(?P<spk>{_SPK})\s+\p{{Ll}}"
)
_INTRODUCED_SOURCE_AFTER = rf"^(?P<lead>\s*)(?P<spk>{_SPK})\s+zufolge\b"


#: The columns that :func:`_window_start` reads.
#: How many paragraphs before an epithet that a pronoun passed over the person found may be
#: named (see :func:`_resolve_pronouns`): the epithet's own or the one before.
_ANAPHOR_REACH = 1
_WINDOW = ["_sp_p", "_sp_s", "_p", "_ss", "_prev_p", "_prev_start", "_prev2text", "_prev2start"]


def _window_start() -> pl.Expr:
    """Where the sentence before a pronoun's (``_sp_p``, ``_sp_s``) starts, as paragraph *
    1,000,000 + offset: the quote's sentence before, if the pronoun is in the quote's
    sentence, else the one before that (in the quote's paragraph); null where there is none.
    """
    own = (pl.col("_sp_p") == pl.col("_p")) & (pl.col("_sp_s") >= pl.col("_ss"))
    return (
        pl.when(own & pl.col("_prev_p").is_not_null())
        .then(pl.col("_prev_p") * 1_000_000 + pl.col("_prev_start"))
        .when(~own & pl.col("_prev2text").is_not_null())
        .then(pl.col("_p") * 1_000_000 + pl.col("_prev2start"))
    )


def _plural_sie() -> pl.Expr:
    """The speaker is "sie" with a verb in the plural ("Sie sollen „…“ geplant haben"): it
    takes up no single person."""
    return (
        (pl.col("speaker").str.to_lowercase() == "sie")
        & pl.col("cue").str.contains(_latin(r"^(?:\p{Ll}+en|sind)$")).fill_null(False)
        & ~pl.col("cue").str.starts_with("ge").fill_null(False)
    )


def _nearby_of_gender(
    q: pl.DataFrame,
    pron: pl.Expr,
    corpus: Corpus,
    paragraphs: pl.DataFrame,
    named: pl.DataFrame,
    mentioned: pl.DataFrame,
    genders: pl.DataFrame,
) -> list[pl.DataFrame]:
    """For *er* and *sie* (``pron`` rows of ``q``), the latest person of the pronoun's gender
    in the sentence before the pronoun's or in its own before it: a named speaker or a name
    (``named``, ``mentioned``: ``article_id, _ap, _as, _aspk``) whose gender is known, else a
    role ("der Bundeskanzlerin": "die Bundeskanzlerin"; "dem Präsidenten": "der
    Präsident"). Rows ``_q, _aspk, _ap, _as``; a name first, then a role.
    """
    asked = (
        q.filter(pron & pl.col("speaker").str.to_lowercase().is_in(["er", "sie"]))
        # (not "sie" with a verb in the plural)
        .filter(~_plural_sie())
        .select_seq(
            "_q",
            "article_id",
            (pl.col("_sp_p") * 1_000_000 + pl.col("_sp_s")).alias("_pos"),
            _window_start().alias("_from"),
            pl.when(pl.col("speaker").str.to_lowercase() == "er")
            .then(pl.lit("m"))
            .otherwise(pl.lit("f"))
            .alias("_want"),
        )
        .drop_nulls("_from")
    )
    if asked.height == 0:
        return []
    # roles: a feminine one in "-in", a masculine one after a masculine article in the
    # singular (alone "Sprecher" may be a plural)
    toks = corpus.tokens.join(
        paragraphs.select_seq("article_id", "paragraph", pl.col("_p").alias("_ap")),
        on=["article_id", "paragraph"],
    ).sort("article_id", "_ap", "start")
    before = pl.col("text").shift(1).over("article_id", "_ap").str.to_lowercase()
    roles = toks.select_seq(
        "article_id",
        pl.col("_ap").cast(pl.Int64),
        pl.col("start").cast(pl.Int64).alias("_as"),
        pl.when(
            pl.col("text").str.contains(_FEMININE_ROLE) & ~pl.col("text").str.ends_with("innen")
        )
        .then(pl.lit("f"))
        .when(
            pl.col("text").str.contains(_latin(r"^\p{Lu}"))
            & (
                _masculine_role(pl.col("text"))
                | _masculine_role(pl.col("text").str.replace(r"(?:en|n|s)$", ""))
            )
            & before.is_in(["der", "dem", "des", "ein", "einem", "eines"])
        )
        .then(pl.lit("m"))
        .alias("_g"),
        pl.col("text").str.replace(r"(?:en|n|s)$", "").alias("_word"),
        pl.col("text").alias("_text"),
    ).drop_nulls("_g")
    roles = roles.with_columns_seq(
        pl.when(pl.col("_g") == "f")
        .then(pl.lit("die ") + pl.col("_text"))
        # (the nominative of "dem Präsidenten", "des Kanzlers": the word the lexicon of
        # masculine roles knows)
        .otherwise(
            pl.lit("der ")
            + pl.when(_masculine_role(pl.col("_word")))
            .then(pl.col("_word"))
            .otherwise(pl.col("_text"))
        )
        .alias("_aspk")
    ).select_seq("article_id", "_ap", "_as", "_aspk", "_g")
    persons = _with_genders(
        pl.concat([named, mentioned], how="vertical_relaxed"), genders
    ).select_seq(
        "article_id", pl.col("_ap").cast(pl.Int64), pl.col("_as").cast(pl.Int64), "_aspk", "_g"
    )
    hits = []
    for cands in (persons, roles):
        hits.append(
            asked.join(
                cands.with_columns_seq((pl.col("_ap") * 1_000_000 + pl.col("_as")).alias("_cpos")),
                on="article_id",
            )
            .filter(
                (pl.col("_g") == pl.col("_want"))
                & (pl.col("_cpos") >= pl.col("_from"))
                & (pl.col("_cpos") < pl.col("_pos"))
            )
            .sort("_q", "_cpos")
            .group_by("_q", maintain_order=True)
            .agg(pl.col("_aspk").last(), pl.col("_ap").last(), pl.col("_as").last())
        )
    return hits


#: Tags of textblob-de's lexicon for words that cannot open a speaker's noun phrase:
#: adverbs, predicative adjectives, possessives, demonstratives, question words,
#: conjunctions, prepositions, particles ("Mein Fazit", "Auch Rom", "diesem Fall").
_NOT_OPENING = [
    "ADV", "ADJD", "PDAT", "PDS", "PIAT", "PIDAT", "PIS", "PWAV", "PWS",
    "PWAT", "PAV", "KON", "KOUS", "KOUI", "APPR", "APPRART", "PTKNEG", "PTKVZ", "PTKANT", "ITJ",
]  # fmt: skip
#: Tags of words that are never a verb (the lexicon gives one tag per form, so words also
#: used as adverbs or predicative adjectives, "wiederholt", "weiß", "begeistert", are not
#: among them): attributive adjectives, determiners, pronouns, prepositions, conjunctions.
_NEVER_VERB = [
    "ADJA", "PPOSAT", "PDAT", "PIAT", "PIDAT", "PDS", "PIS", "ARTDEF", "ARTIND", "APPR",
    "APPRART", "APPO", "KON", "KOUS", "KOUI", "PRELS", "PRELAT", "PWAV", "PWS", "PWAT", "PAV",
    "PTKNEG", "PTKZU", "PTKANT", "CARD", "CARDNUM", "PPER", "PRF",
]  # fmt: skip
#: Possessives that open no subject of a report: first and second person, and cases other
#: than the nominative ("Mein Fazit", "Ihres Pakets"); "Sein Anwalt", "Ihre Sprecherin" do.
_NOT_OPENING_POSSESSIVE = (
    r"^(?:mein|unser|dein|euer|eur)\w*$|^(?:ihres|seines|ihrem|seinem|ihren|seinen)$"
)


@cache
def _closed_class_words() -> tuple[pl.DataFrame, pl.DataFrame]:
    """Words that are never verbs (``_xcue, _nv``) and that open no speaker (``_first, _no``)."""
    tags = word_tags()
    not_verb = tags.filter(
        pl.col("tag").is_in(_NEVER_VERB)
        # (a word in -ten that the lexicon knows as no verb: "unten", "hinten", "Westen")
        | (pl.col("form").str.ends_with("ten") & ~pl.col("tag").str.starts_with("V"))
        # (an adverb or a predicative adjective: "Drei Tage lang steht", "hatte X bundesweit
        # Erfolge"; not a verb of saying the lexicon knows so first, "betont", nor the
        # "wörtlich" before a colon: "X wörtlich: „…“")
        | (
            pl.col("tag").is_in(["ADV", "ADJD"])
            & ~pl.col("form").str.contains(_latin(rf"^(?:{_VERB_WIDE})$"))
            & (pl.col("form") != "wörtlich")
        )
    ).select_seq(pl.col("form").alias("_xcue"), pl.lit(True).alias("_nv"))
    # (an adjective the lexicon knows capitalised as a name or a foreign word opens a name:
    # "Human Rights Watch", though "human" is an adjective)
    named = tags.filter(pl.col("tag").is_in(["NE", "FM"])).select_seq(
        pl.col("form").str.to_lowercase(), pl.lit("ADJD").alias("tag")
    )
    not_opening = (
        tags.filter(
            # (the genitive demonstratives are possessives: "Deren Fraktionschef X sprach von")
            pl.col("tag").is_in(_NOT_OPENING) & ~pl.col("form").is_in(["deren", "dessen"])
        )
        .join(named, on=["form", "tag"], how="anti")
        .select_seq(pl.col("form").alias("_first"), pl.lit(True).alias("_no"))
    )
    return not_verb, not_opening


def _infinitive_object(head: pl.Expr, cue: pl.Expr, rest: pl.Expr) -> pl.Expr:
    """Whether a noun right before ``cue`` is its object: ``cue`` an infinitive, no verb.

    A verb in "-n" is an infinitive after a modal or "werden" of its clause (``head``, the
    text before the noun) with its subject before it, or with other words than adverbs
    between it and the noun ("Die Opposition will nun Aufklärung fordern"), and before a
    modal (``rest``, the text after the verb: "Akteneinsicht verlangen zu können"). Right
    after the modal and adverbs, the noun is the subject ("Morgen will die Opposition
    fordern, ...").
    """
    tail = head.str.extract(_CLAUSE_TAIL)
    after_modal = tail.str.extract(_MODAL_IN_CLAUSE, 1)
    return (
        # (an infinitive's ending; not a participle of a passive: "Die Berichte wurden vom Kreml
        # als „…“ abgetan", "... wurde vom Minister zurückgewiesen", nor its agent)
        cue.str.contains(r"(?:en|ern|eln)$")
        & ~cue.str.contains(
            _latin(r"^(?:ab|an|auf|aus|bei|ein|mit|nach|vor|zu|zurück|dar|her|hin)?ge\p{Ll}{3,}en$")
        )
        & ~tail.str.contains(r"\b(?:von|vom|durch)\s+(?:(?:der|dem|den|einem|einer)\s+)?$")
        & (
            (
                after_modal.is_not_null()
                & (
                    tail.str.contains(_SUBJECT_BEFORE_MODAL)
                    | ~after_modal.str.contains(_ONLY_ADVERBS)
                )
            )
            | rest.str.contains(_MODAL_AFTER_INFINITIVE)
        )
    ).fill_null(False)


def _text_after(text: pl.Expr, word: pl.Expr) -> pl.Expr:
    """The text after the first ``word`` in ``text``.

    (Split, not found and sliced: ``str.find`` counts bytes and ``str.slice`` characters, so
    an umlaut before the word shifted the text: "... regelmäßigem Kontakt steht, gab sich".)
    """
    return text.str.split_exact(word, 1).struct.field("field_1")


def _word_after(text: pl.Expr, word: pl.Expr) -> pl.Expr:
    """The word after the first ``word`` in ``text``."""
    return _text_after(text, word).str.extract(r"^\s+([^\s,.;:]+)", 1)


def _lexically_possible(cands: pl.DataFrame) -> pl.DataFrame:
    """Drop subject candidates that the lexicon rules out (``_xspk``, ``_xcue``).

    The cue must not be a word the tagging lexicon knows as a word that is never a verb
    ("Die hohe Motivation unserer ...": *unserer*; "Jelpkes wissenschaftlicher"), and a
    speaker of several words must not open with an adverb, possessive, demonstrative or the
    like ("Mein Fazit", "Auch Rom"). A one-word speaker is kept: surnames such as *Kurz*,
    *Klug* or *Lang* are also adjectives.
    """
    not_verb, not_opening = _closed_class_words()
    # (a share may open with an adverb: "Rund 60 Prozent der Befragten"; and people with a
    # quantifier: "Beide Seiten", "Viele Experten")
    several = (
        pl.col("_xspk").str.contains(r"\s")
        & ~pl.col("_xspk").str.contains(f"^{_PARTICLE_NAMES}")
        & ~pl.col("_xspk").str.contains(rf"^{_SHARE}$")
        & ~pl.col("_xspk").str.contains(
            r"^(?:Beide|Alle|Viele|Einige|Manche|Mehrere|Zahlreiche|Etliche|Wenige|Sämtliche|"
            r"Andere)\s+(?:\p{Ll}+e\s+)?\p{Lu}"
        )
    )
    return (
        cands.with_columns_seq(
            pl.when(several)
            .then(pl.col("_xspk").str.extract(r"^(\S+)").str.to_lowercase())
            .alias("_first")
        )
        .join(not_verb, on="_xcue", how="left")
        .join(not_opening, on="_first", how="left")
        .filter(
            # after an auxiliary the word is no verb of its own: "X habe darin geschrieben";
            # a past form the lexicon knows as an adjective is a verb before a word in lower
            # case ("X veröffentlichte am Montag", not "Russlands verschärfte Gangart")
            ~(
                pl.col("_nv").fill_null(False)
                & ~pl.col("_after_aux")
                & ~(
                    pl.col("_xcue").str.contains(_latin(r"\p{Ll}te$"))
                    & pl.col("_then").str.contains(_latin(r"^\p{Ll}")).fill_null(False)
                )
            )
            & ~pl.col("_no").fill_null(False)
            & ~pl.col("_first").str.contains(_NOT_OPENING_POSSESSIVE).fill_null(False)
            # (adjectives and adverbs by their ending: bundesweit, zweifelhaft, bemerkenswert;
            # and a present participle, an adjective also after an auxiliary: "X hat
            # entsprechende Berichte als „…“ zurückgewiesen")
            & ~pl.col("_xcue").str.contains(
                _latin(r"\p{Ll}(?:weit|haft|wert|end|ende|enden|ender|endes)$")
            )
            # (a participle with the ending of an adjective, no finite verb: "Ihr selbst
            # ernannter „Verteidigungsminister“")
            & ~pl.col("_xcue").str.contains(_latin(r"\p{Ll}{2,}t(?:er|es|em)$"))
            # a place and a common noun with no article are two phrases, no name: "Nach den
            # Verlusten wolle Moskau Stärke demonstrieren" (the subject is the place; also with
            # more words after the noun: "könne Pjöngjang Hilfe bei Satelliten erhalten")
            & ~(
                pl.col("_xspk")
                .str.extract(_latin(r"^(\p{Lu}\p{Ll}+)\s+\p{Lu}\p{Ll}+(?:\s|$)"), 1)
                .is_in(list(_NEUTER_PLACES))
                & pl.col("_xspk")
                .str.extract(_latin(r"^\S+\s(\p{Lu}\p{Ll}+)(?:\s|$)"), 1)
                .is_in(_lexicon_nouns())
            ).fill_null(False)
            # a comparative alone before the verb, its subject after it: "Zurückhaltender
            # äußerte sich ihr Amtskollege", "Skeptischer äußerte sich der Politiker"
            & ~(
                _comparative(pl.col("_xspk"))
                & pl.col("_then_np")
                .str.contains(
                    _latin(
                        r"^(?:der|die|das|ein|eine|sein|seine|ihr|ihre|dessen|deren|auch|\p{Lu})"
                    )
                )
                .fill_null(False)
            )
        )
        .drop("_first", "_nv", "_no", "_after_aux", "_then", "_then_np")
    )


def _comparative(word: pl.Expr) -> pl.Expr:
    """``word`` is one capitalised adjective in -er, a comparative that opens a sentence
    ("Zurückhaltender", "Skeptischer", "Deutlicher"): one the tagging lexicon knows as an
    adjective, or one by its ending; not a surname such as "Fischer" or "Müller"."""
    return word.str.contains(_latin(r"^\p{Lu}\p{Ll}+er$")) & (
        word.str.to_lowercase().is_in(_adjectives())
        # (not "-eiger": Geiger, Steiger; the ending after a stem: not "Fischer")
        | word.str.contains(_latin(r"^\p{Lu}\p{Ll}+(?:end|lich|[^ae]ig|bar|sam|haft|iv)er$"))
        # (in -ischer, a stem of four letters at least: not the surname Aebischer)
        | word.str.contains(_latin(r"^\p{Lu}\p{Ll}{3,}ischer$"))
        | word.is_in(["Schärfer", "Härter", "Klarer", "Offener", "Kritischer"])
    )


@cache
def _lexicon_nouns() -> pl.Series:
    """The common nouns of the tagging lexicon (singular and plural).

    (A series of one list, built once for ``is_in``: a Python list of its 20,000 words would
    be converted at each call, and a plain series of strings is deprecated there.)
    """
    tags = word_tags()
    return tags.filter(pl.col("tag").is_in(["NN", "NNS"])).get_column("form").unique().implode()


@cache
def _plain_nouns() -> pl.Series:
    """The common nouns of the tagging lexicon that it never tags as names ("Soldaten", not
    "Koch"), as a series of one list for ``is_in`` (see :func:`_lexicon_nouns`)."""
    tags = word_tags()
    return (
        tags.filter(pl.col("tag").is_in(["NN", "NNS"]))
        .join(tags.filter(pl.col("tag") == "NE"), on="form", how="anti")
        .get_column("form")
        .unique()
        .implode()
    )


@cache
def _adjectives() -> pl.Series:
    """The attributive and predicative adjectives of the tagging lexicon, in lower case (a
    series of one list, for ``is_in``: see :func:`_lexicon_nouns`)."""
    tags = word_tags()
    return (
        tags.filter(pl.col("tag").is_in(["ADJA", "ADJD"]))
        .select_seq(pl.col("form").str.to_lowercase())
        .unique()
        .to_series()
        .implode()
    )


#: Feminine role nouns ("Ministerin", "Sprecherin", "Anwältin"), not first names ("Martin").
_FEMININE_ROLE = (
    rf"^(?:\p{{Lu}}\S*{_WOMAN_ENDINGS}|"
    r"\S*(?i:abgeordnete|vorsitzende|beauftragte|angeklagte|oppositionelle|ombudsfrau))$"
)


#: A player's position ("der Stürmer", "der Innenverteidiger"); not the bare "Verteidiger",
#: in court the counsel for the defence of one accused.
_POSITIONS = (
    r"stürmer|angreifer|torwart|torhüter|keeper|schlussmann|spielmacher|innenverteidiger|"
    r"außenverteidiger"
)
#: People the news meets, by what they do, as a role of a man: "der Student", "der Leiter",
#: "der Landwirt" (the feminine forms end in "-in"). Such a role is taken up by no name that
#: does not carry it (see ``unseen_role`` in :func:`_epithets_back`).
_PEOPLE_MET = (
    r"leiter|student|lehrer|augenzeuge|landwirt|rentner|ingenieur|unternehmer|manager|"
    r"geschäftsmann|veteran|matrose|polizist|ermittler|priester|pfarrer|bischof|imam|rabbiner|"
    r"autor|schriftsteller|regisseur|künstler|musiker|sänger|schauspieler|trainer|coach|fotograf|"
    r"reporter|blogger|moderator|redakteur|vermittler|unterhändler|mediziner|virologe|physiker|"
    # (sport: "der Nationalspieler", "der Olympiasieger", a position)
    r"spieler|torschütze|athlet|sportler|läufer|fahrer|schwimmer|springer|boxer|sieger|"
    rf"{_POSITIONS}"
)


#: A role of a man right before his name: "Kremlchef Putin", "Präsident Selenskyj", "Herr
#: Scholz" (the feminine forms end in "-in": "Präsidentin").
_MASCULINE_ROLE_WORDS = (
    r"(?i:präsident|minister|kanzler|sprecher|chef|general|generalsekretär|botschafter|"
    r"sekretär|vorsitzender|abgeordneter|diplomat|offizier|kommandeur|bürgermeister|gouverneur|"
    r"premier|senator|könig|prinz|papst|führer|berater|anwalt|direktor|gründer|kandidat|"
    r"oberbefehlshaber|admiral|oberst|marschall|patriarch|scheich|emir|kronprinz|experte|"
    # (the ranks with a word of their own: "der Generalmajor", "der Oberstleutnant")
    r"major|leutnant|hauptmann|brigadier|inspekteur|befehlshaber|"
    r"analyst|korrespondent|kommissar|ermittler|kritiker|trainer|bischof|kardinal|rektor|"
    r"ankläger|verteidiger|schiedsrichter|unparteiische|"
    # (a member of a council of a town, a district or a canton, a person: "der Stadtrat" for
    # "Klimastadtrat X"; not the councils themselves, "der Bundesrat", "der Sicherheitsrat")
    r"stadtrat|gemeinderat|landrat|regierungsrat|staatsrat|ratsherr|"
    # (scholars, the law, the forces, not a rank, which a woman holds too: "Fregattenkapitän
    # Jorinde X"; and nouns of adjectives after "der": "der Abgeordnete")
    r"politologe|soziologe|psychologe|historiker|ökonom|wissenschaftler|forscher|professor|"
    r"epidemiologe|infektiologe|immunologe|biologe|chemiker|meteorologe|psychiater|"
    # (any science in -loge or -graf: "der Glaziologe", "der Ozeanograph")
    r"ologe|ograf|ograph|"
    r"jurist|journalist|richter|staatsanwalt|aktivist|politiker|soldat|pilot|arzt|kommandant|"
    rf"abgeordnete|vorsitzende|beauftragte|beamte|angeklagte|beschuldigte|verdächtige|"
    # (one who speaks for human rights, a ruler, one of the opposition)
    r"ombudsmann|machthaber|oppositionelle|"
    rf"{_PEOPLE_MET})"
)
_MASCULINE_ROLE = rf"^(?:\S*{_MASCULINE_ROLE_WORDS}|Herrn?)$"


def _masculine_role(word: pl.Expr) -> pl.Expr:
    """``word.str.contains(_MASCULINE_ROLE)``, the role words found by :func:`_last_word_is`.

    Examples
    --------
    >>> words = pl.DataFrame({"w": ["Kremlchef", "Herrn", "Herrin", "Präsidentin", None]})
    >>> words.select(_masculine_role(pl.col("w")))["w"].to_list()
    [True, True, False, False, None]
    """
    return _last_word_is(word, _MASCULINE_ROLE_WORDS) | word.is_in(["Herr", "Herrn"])


_WORD_ALTERNATIVES[_MASCULINE_ROLE_WORDS] = _word_alternatives(_MASCULINE_ROLE_WORDS)
#: A name in apposition after a role with its article, its surname (group 1) taking the
#: role's gender: "der Sprecher der ukrainischen Marine, Bohdan Kowaltschuk," (a man's),
#: "die Leiterin des Zentrums, Chiara Rossi," (a woman's).
_APPOSED_NAME = (
    r"[^,.;:„“»«()]{0,60},\s+(?:\p{Lu}[\p{L}\p{M}'’-]+\s+){1,2}(\p{Lu}[\p{L}\p{M}'’-]+)\s*[,.;]"
)
# (The patterns below search whole paragraphs, so they do without the word boundary "\b":
# Polars' regex engine has fast automata only for patterns without it, in a text with
# letters beyond ASCII. A character that is no part of a word stands for it, taken into the
# match; after the role, as the first of the characters before the comma.)
#: A character that is no part of a word.
_NON_WORD = r"[^\p{L}\p{M}0-9_]"
#: The start of a word, with the character before it (if any).
_WORD_START = rf"(?:^|{_NON_WORD})"
#: The end of the role, then ``_APPOSED_NAME``.
_END_THEN_APPOSED_NAME = (
    r"(?:,|[^\p{L}\p{M}0-9_,.;:„“»«()][^,.;:„“»«()]{0,59},)" + _APPOSED_NAME.split("{0,60},", 1)[1]
)
_MAN_APPOSED = (
    rf"{_WORD_START}[Dd]er\s+(?:{_ADJ}\s+)*[\p{{L}}-]*{_MASCULINE_ROLE_WORDS}"
    rf"{_END_THEN_APPOSED_NAME}"
)
_WOMAN_APPOSED = (
    rf"{_WORD_START}[Dd]ie\s+(?:{_ADJ}\s+)*\p{{Lu}}[\p{{L}}-]*{_WOMAN_ENDINGS}"
    rf"{_END_THEN_APPOSED_NAME}"
)
#: A role in apposition after a name, the age between: "Yael Ben-Ami, 58, Grundschullehrerin
#: aus Kfar Saba" (a woman's), "Ramon Paz, 55, Sprecher der Küstenwache" (a man's); the
#: surname is group 1.
_NAME_BEFORE_ROLE = (
    r"\b(?:\p{Lu}[\p{L}\p{M}'’-]+\s+){1,2}(\p{Lu}[\p{L}\p{M}'’-]+),\s+(?:\d{1,3},\s+)?"
    rf"(?:(?:frühere|ehemalige|{_ADJ})\s+)*"
)
_NAME_MAN_ROLE = (
    rf"{_WORD_START}{_NAME_BEFORE_ROLE.removeprefix(chr(92) + 'b')}[\p{{L}}-]*"
    rf"{_MASCULINE_ROLE_WORDS}(?:{_NON_WORD}|$)"
)
_NAME_WOMAN_ROLE = (
    rf"{_WORD_START}{_NAME_BEFORE_ROLE.removeprefix(chr(92) + 'b')}\p{{Lu}}[\p{{L}}-]*"
    rf"{_WOMAN_ENDINGS}(?:{_NON_WORD}|$)"
)
#: A role of a woman right before her name: "Außenministerin Baerbock", "Frau Merkel".
_FEMININE_ROLE_BEFORE = rf"^(?:\p{{Lu}}\S*{_WOMAN_ENDINGS}|Frau)$"
#: Parts of a name between a first name or role and the surname: "Ursula von der Leyen",
#: "George W. Bush".
_NAME_PARTICLE = r"^(?:von|van|der|den|de|du|zu|al|el|bin|ibn|\p{Lu}\.)$"
#: Slavic surnames by their ending: "Sacharowa", "Tichanowskaja"; "Lawrow", "Selenskyj".
_FEMININE_SURNAME = r"\p{Ll}(?:owa|ewa|jewa|skaja|zkaja)$"
_MASCULINE_SURNAME = r"\p{Ll}(?:ow|ew|jew|yj|ij)$"
#: Countries and cities that German names with no article: neuter, so no *er* or *sie*
#: takes them up (*Moskau nannte das eine „Provokation“. Er rief: „…“* is not Moscow's;
#: "Kiew" is no Slavic surname in -ew). Countries with an article (die Ukraine, die
#: Türkei, der Iran) show their gender by it; names that are also surnames or first names
#: (Paris, Washington, London, Berlin, Israel, Sofia) are left out.
_NEUTER_PLACES = frozenset(
    """
    Russland Deutschland Frankreich Polen China Syrien Nordkorea Südkorea Georgien Belarus
    Weißrussland Estland Lettland Litauen Großbritannien England Schottland Italien Spanien
    Portugal Japan Indien Pakistan Afghanistan Österreich Ungarn Rumänien Bulgarien Serbien
    Kroatien Slowenien Bosnien Albanien Montenegro Nordmazedonien Griechenland Finnland Schweden
    Norwegen Dänemark Island Irland Belgien Luxemburg Tschechien Kanada Mexiko Brasilien
    Argentinien Venezuela Kuba Ägypten Libyen Tunesien Algerien Marokko Äthiopien Kenia Nigeria
    Südafrika Katar Saudi-Arabien Kuwait Armenien Aserbaidschan Kasachstan Usbekistan Taiwan
    Vietnam Indonesien Australien Neuseeland Europa Amerika Asien Afrika Tschetschenien
    Moskau Kiew Kyjiw Kyiv Warschau Peking Minsk Riga Tallinn Vilnius Wilna Brüssel Rom Madrid
    Wien Prag Budapest Ankara Istanbul Teheran Damaskus Jerusalem Tokio Ottawa Tiflis Eriwan
    Baku Bukarest Belgrad Athen Helsinki Stockholm Oslo Kopenhagen Bern Genf München Hamburg
    Charkiw Odessa Donezk Luhansk Mariupol Cherson Saporischschja Bachmut Sewastopol
    Kaliningrad Grosny Pjöngjang Seoul Kabul Islamabad Bagdad Beirut Kairo
    """.split()
)


@cache
def _names() -> dict[str, list[str]]:
    """The curated names of ``data/names.toml``: ``first_f``, ``first_m``, ``sur_f``,
    ``sur_m``."""
    text = resources.files("analysis_kit").joinpath("data", "names.toml").read_text("utf-8")
    data = tomllib.loads(text)
    return {
        "first_f": data["first_names"]["feminine"],
        "first_m": data["first_names"]["masculine"],
        "sur_f": data["surnames"]["feminine"],
        "sur_m": data["surnames"]["masculine"],
    }


@cache
def _name_series() -> dict[str, pl.Series]:
    """:func:`_names` as series of one list for ``is_in`` (built once: a list would be
    converted at each call, see :func:`_lexicon_nouns`), with ``first`` (all first names),
    ``first_m_only`` and ``first_f_only`` (the first names of one gender only)."""
    names = _names()
    series = {key: pl.Series(key, sorted(set(values))) for key, values in names.items()}
    series["first"] = pl.Series("first", sorted({*names["first_f"], *names["first_m"]}))
    series["first_m_only"] = pl.Series(
        "first_m_only", sorted(set(names["first_m"]) - set(names["first_f"]))
    )
    series["first_f_only"] = pl.Series(
        "first_f_only", sorted(set(names["first_f"]) - set(names["first_m"]))
    )
    return {key: values.implode() for key, values in series.items()}


#: A military rank, which a man or a woman holds ("Brigadegeneral Corinna X", "Oberst Anna Y"):
#: no sign of a gender before a name.
_RANK = (
    r"^[\p{L}-]*(?i:general|generalleutnant|generalmajor|generaloberst|admiral|oberst|"
    r"oberstleutnant|major|hauptmann|leutnant|kapitän)$"
)
#: The roles of an epithet that describe a profession, which a person who holds another
#: office may have too, as a rank (``_RANK``) may ("der Politologe" for "Der Osteuropa-Experte
#: X"; the role in lower case, no hyphens).
_DESCRIPTION_ROLE = (
    # (also as the end of a compound: "die Politikwissenschaftlerin", "der Verfassungsjurist")
    r"^\p{Ll}*(?:politolog|wissenschaftler|forscher|historiker|jurist|ökonom|soziolog|analyst|"
    r"expert|publizist|kritiker|"
    # (the sciences of medicine and nature: "Studienleiterin X ... sagt die Infektiologin")
    r"mediziner|virolog|epidemiolog|infektiolog|immunolog|biolog|chemiker|physiker|"
    r"meteorolog|klimaforscher|psycholog|psychiater|"
    # (any science in -loge or -graf: "der Glaziologe", "die Ozeanographin")
    r"\p{Ll}+olog|\p{Ll}+ograf|\p{Ll}+ograph|"
    # (trades and arts that a holder of an office has too: "GEW-Landesvorsitzende X ...,
    # betonte die Gewerkschafterin")
    r"gewerkschafter|journalist|autor|schriftsteller|künstler|musiker|sänger|schauspieler|"
    r"filmemacher|manager|unternehmer|ingenieur|informatiker|mathematiker|architekt|"
    r"pädagog|theolog|philosoph|volkswirt|sportler|athlet|professor|dozent|"
    # (a player's position, which a captain or a scorer has too: "Kapitän X ... schrieb der
    # Innenverteidiger")
    rf"\p{{Ll}}*(?:{_POSITIONS}|spieler))(?:e|in|en)?$"
)
#: A military rank with words before it and the name after it ("inzwischen pensionierte
#: Generalleutnant Hubertus von Kaltenborn"): the gender is its article's (see
#: :func:`_name_genders`).
_RANK_NAME = (
    r"(?:\p{Ll}[\p{L}-]*\s+){0,3}[\p{L}-]*(?i:general|generalleutnant|generalmajor|generaloberst|"
    r"admiral|oberst|oberstleutnant|major|hauptmann|leutnant|kapitän|kommandeur|kommandant)\s+"
    r"\p{Lu}[\p{L}\p{M}'’-]+\s+(?:(?:von|van|de|der|zu|den)\s+)*\p{Lu}[\p{L}\p{M}'’-]+"
)


#: The article of an Arabic surname, written with a hyphen before it: "al-Sunaidi".
_ARABIC_ARTICLE = r"(?:(?:al|el|ad|ar|as|asch|at|az|an|abu|bin|ibn)-)"


#: Nouns of a man by their ending, after their article: "der Stürmer", "des Torhüters", "dem
#: Aktivisten" (a woman's end in "-in"); not the feminine and neuter nouns in "-er" and the like
#: that come before a name (``_NOT_A_MAN``: "der Kammer", "dem Theater Basel").
_MAN_NOUN = (
    r"^\p{Lu}\p{Ll}+(?:er|ers|ist|isten|ant|anten|ent|enten|eur|eurs|or|ors|loge|logen|ier|iers|"
    r"ling|lings)$"
)
_NOT_A_MAN = (
    "Kammer Mauer Feier Oper Leber Feder Butter Nummer Steuer Trauer Dauer Mutter Tochter "
    "Schwester Theater Kloster Lager Zimmer Fenster Wasser Ufer Messer Center Gewässer Quartier "
    "Revier Papier Kontor Sektor Motor Tresor Labor Tor Chor Talent Dokument Parlament "
    "Regiment Segment Element Instrument Moment Restaurant Monster Muster Orchester Semester "
    "Theaters Klosters Lagers Zimmers Fensters Wassers Ufers Quartiers Reviers Papiers "
    "Sektors Motors Labors Tors Chors Dokuments Parlaments Regiments Semesters Orchesters"
).split()
#: A noun made of an adjective or a participle, its gender the article's: "der Abgeordnete",
#: "die Vorsitzende", "die Beauftragte", "der Angeklagte".
_NOMINALISED = r"^\p{Lu}\p{Ll}+(?:te|nde|ige|ene)$"


def _words_before(columns: Sequence[str], keys: Sequence[str], n: int = 3) -> list[pl.Expr]:
    """Each of ``columns`` 1 to ``n`` rows before, named ``f"{column}{k}"``, null across a
    change of ``keys``.

    The rows are the words of texts in order, the words of a text next to each other (as
    ``explode`` leaves them); a shift with the keys compared is much cheaper than a shift
    ``over`` the keys, a grouping for each.

    Examples
    --------
    >>> words = pl.DataFrame({"p": [0, 0, 1, 1], "w": ["Kremlchef", "Putin", "Olaf", "Scholz"]})
    >>> words.with_columns(_words_before(["w"], ["p"], 2)).rows()[1:]
    [(0, 'Putin', 'Kremlchef', None), (1, 'Olaf', None, None), (1, 'Scholz', 'Olaf', None)]
    """
    return [
        pl.when(pl.all_horizontal([pl.col(k).shift(k_) == pl.col(k) for k in keys]))
        .then(pl.col(c).shift(k_))
        .alias(f"{c}{k_}")
        for c in columns
        for k_ in range(1, n + 1)
    ]


def _article_role_gender(word: pl.Expr, before: Sequence[pl.Expr]) -> pl.Expr:
    """``"m"`` or ``"f"`` where ``word`` is the noun of a person whose article (before it,
    with up to two inflected adjectives between) shows the person's gender, else null.

    A man's noun by its ending (``_MAN_NOUN``) after *der*, *des* or *dem*; a noun made of an
    adjective (``_NOMINALISED``) after *der* (a man) or *die* (a woman). ``before`` are the
    three words before ``word`` in its text (null at its start, see :func:`_words_before`).

    Examples
    --------
    >>> words = pl.DataFrame({"a": [0] * 9, "w": [
    ...     "der", "eingewechselte", "Stürmer", "die", "Abgeordnete", "dem", "Theater", "die",
    ...     "Stürmer"]}).with_columns(_words_before(["w"], ["a"]))
    >>> before = [pl.col(f"w{n}") for n in (1, 2, 3)]
    >>> words.select(_article_role_gender(pl.col("w"), before)).to_series().to_list()
    [None, None, 'm', None, 'f', None, None, None, None]
    """
    before = [b.str.to_lowercase() for b in before]
    articles = ["der", "des", "dem", "die"]
    inflected = _latin(r"^\p{Ll}+(?:e|en|er|es)$")
    article = (
        pl.when(before[0].is_in(articles))
        .then(before[0])
        .when(before[0].str.contains(inflected) & before[1].is_in(articles))
        .then(before[1])
        .when(
            before[0].str.contains(inflected)
            & before[1].str.contains(inflected)
            & before[2].is_in(articles)
        )
        .then(before[2])
    )
    man = word.str.contains(_latin(_MAN_NOUN)) & ~word.is_in(pl.Series(_NOT_A_MAN).implode())
    nominalised = word.str.contains(_latin(_NOMINALISED))
    return (
        pl.when(article.is_in(["der", "des", "dem"]) & man)
        .then(pl.lit("m"))
        .when((article == "der") & nominalised)
        .then(pl.lit("m"))
        .when((article == "die") & nominalised)
        .then(pl.lit("f"))
    )


def _name_genders(paragraphs: pl.DataFrame) -> pl.DataFrame:
    """The gender each article shows for its surnames: ``article_id``, ``_ng`` (a list of
    ``"Surname:f"`` / ``"Surname:m"``).

    A capitalised word takes the gender of the first name or the role right before it, names'
    particles and initials skipped ("Annalena Baerbock", "Außenministerin Baerbock", "Ursula
    von der Leyen", "Kremlchef Putin"); a word given both genders in one article ("Bill und
    Hillary Clinton") is left out.

    Examples
    --------
    >>> paragraphs = pl.DataFrame({"article_id": ["a"], "_p": [0], "text": [
    ...     "Außenministerin Annalena Baerbock traf Kremlchef Putin und Ursula von der Leyen."]})
    >>> sorted(_name_genders(paragraphs)["_ng"][0])
    ['Annalena:f', 'Baerbock:f', 'Leyen:f', 'Putin:m']
    >>> clintons = paragraphs.with_columns(text=pl.lit("Bill Clinton traf Hillary Clinton."))
    >>> _name_genders(clintons).height
    0

    A role before a first name that is not known also gives the surname after it; a comma
    parts them:

    >>> kosovo = paragraphs.with_columns(
    ...     text=pl.lit("Ministerpräsident Arben Krasniqi traf Außenministerin Baerbock, Vučić."))
    >>> sorted(_name_genders(kosovo)["_ng"][0])
    ['Arben:m', 'Baerbock:f', 'Krasniqi:m']

    A name in apposition after a role takes the role's gender:

    >>> marine = paragraphs.with_columns(
    ...     text=pl.lit("Das sagte der Sprecher der Marine, Bohdan Kowaltschuk, am Montag."))
    >>> "Kowaltschuk:m" in _name_genders(marine)["_ng"][0].to_list()
    True
    """
    words = (
        paragraphs.select_seq(
            "article_id",
            "_p",
            # (punctuation too, so that a word after a comma is not next to the one before)
            pl.col("text")
            .str.extract_all(_latin(r"\p{Lu}\.|[\p{L}\p{M}'’-]+|[,;:.!?„“»«()–]"))
            .alias("_w"),
        )
        .explode("_w")
        .drop_nulls("_w")
    )
    # (what each distinct word shows, once: a first name or role, or a particle; a double
    # first name shows its first one's: "Radu-Florin", "Anna-Lena")
    first_names = _name_series()["first"]
    double = pl.col("_w").str.extract(_latin(r"^(\p{Lu}\p{Ll}+)-\p{Lu}\p{Ll}+$"), 1)
    vocab = (
        words.select_seq("_w")
        .unique()
        .with_columns_seq(
            pl.when(
                double.is_in(first_names)
                & pl.col("_w").str.extract(r"-(\S+)$", 1).is_in(first_names)
            )
            .then(double)
            .otherwise(pl.col("_w"))
            .alias("_first")
        )
        .with_columns_seq(
            # (a man's first name that ends like a woman's role first: "Dorin", "Valentin")
            pl.when(pl.col("_first").is_in(_name_series()["first_m"]))
            .then(pl.lit("m"))
            .when(
                pl.col("_first").is_in(_name_series()["first_f"])
                | pl.col("_w").str.contains(_FEMININE_ROLE_BEFORE)
            )
            .then(pl.lit("f"))
            # (not a rank, which a woman holds too: "Brigadegeneral Corinna X")
            .when(_masculine_role(pl.col("_w")) & ~pl.col("_w").str.contains(_RANK))
            .then(pl.lit("m"))
            .when(pl.col("_w").str.contains(_NAME_PARTICLE))
            .then(pl.lit("particle"))
            .alias("_shows"),
            (
                (pl.col("_w").str.contains(_FEMININE_ROLE_BEFORE) | _masculine_role(pl.col("_w")))
                & ~pl.col("_first").is_in(first_names)
            ).alias("_role"),
        )
        .drop_nulls("_shows")
        .drop("_first")
    )
    words = words.join(vocab, on="_w", how="left", maintain_order="left")
    # (a noun of a person shows the gender its article gives it: "der eingewechselte Stürmer
    # Marvin Oltmanns", "die Abgeordnete Wagenknecht", not only a role of its own gender)
    keys = ["article_id", "_p"]
    words = _with_shared(
        words.with_columns_seq(_words_before(["_w"], keys)),
        _article_role_gender(pl.col("_w"), [pl.col(f"_w{n}") for n in (1, 2, 3)]).alias(
            "_by_article"
        ),
    ).with_columns_seq(
        pl.coalesce("_by_article", "_shows").alias("_shows"),
        (pl.col("_role") | pl.col("_by_article").is_not_null()).alias("_role"),
    )
    words = words.with_columns_seq(_words_before(["_shows", "_role"], keys))
    before = [pl.col(f"_shows{n}") for n in (1, 2, 3)]
    # a role, then a first name not known: "Ministerpräsident Arben Krasniqi" (not a common
    # noun: "der Schweizer Konzern Nestlé")
    role_over_name = (
        before[0].is_null()
        & pl.col("_w1").str.contains(_latin(r"^\p{Lu}\p{Ll}+$"))
        & ~pl.col("_w1").is_in(_lexicon_nouns())
        & pl.col("_role2").fill_null(False)
    )
    # the word before, or the one before the particles: "Ursula von der Leyen"
    gender = (
        pl.when(before[0].is_in(["f", "m"]))
        .then(before[0])
        .when((before[0] == "particle") & before[1].is_in(["f", "m"]))
        .then(before[1])
        .when((before[0] == "particle") & (before[1] == "particle") & before[2].is_in(["f", "m"]))
        .then(before[2])
        .when(role_over_name)
        .then(before[1])
    )
    # (and a name in apposition after a role: "der Sprecher der Marine, Bohdan Kowaltschuk,",
    # or before one)
    apposed = [
        paragraphs.select_seq(
            "article_id",
            pl.col("text").str.extract_all(_latin(pattern)).alias("_m"),
        )
        .explode("_m")
        .drop_nulls("_m")
        .select_seq(
            "article_id",
            pl.col("_m").str.extract(_latin(name), 1).alias("_w"),
            pl.lit(g).alias("_g"),
        )
        for pattern, name, g in (
            (_MAN_APPOSED, _APPOSED_NAME + "$", "m"),
            (_WOMAN_APPOSED, _APPOSED_NAME + "$", "f"),
            # (and a role in apposition after the name: "Yael Ben-Ami, 58, Grundschullehrerin")
            (_NAME_MAN_ROLE, _NAME_BEFORE_ROLE, "m"),
            (_NAME_WOMAN_ROLE, _NAME_BEFORE_ROLE, "f"),
            # (and a rank, which either holds, after its article: "der inzwischen pensionierte
            # Generalleutnant Hubertus von Kaltenborn", "die Brigadegeneralin")
            (rf"{_WORD_START}[Dd]er\s+{_RANK_NAME}", r"(\p{Lu}[\p{L}\p{M}'’-]+)$", "m"),
            (rf"{_WORD_START}[Dd]ie\s+{_RANK_NAME}", r"(\p{Lu}[\p{L}\p{M}'’-]+)$", "f"),
        )
    ]
    return (
        pl.concat(
            [
                words.with_columns_seq(gender.alias("_g"))
                # (an Arabic surname by its name after the article: "al-Sunaidi", "Sunaidi")
                .filter(pl.col("_w").str.contains(_latin(rf"^{_ARABIC_ARTICLE}?\p{{Lu}}\p{{Ll}}")))
                .select_seq(
                    "article_id", pl.col("_w").str.replace(f"^{_ARABIC_ARTICLE}", ""), "_g"
                ),
                *apposed,
            ],
            how="vertical_relaxed",
        )
        .drop_nulls()
        .group_by("article_id", "_w")
        .agg(pl.col("_g").unique())
        .filter(pl.col("_g").list.len() == 1)
        .group_by("article_id")
        .agg((pl.col("_w") + ":" + pl.col("_g").list.first()).alias("_ng"))
    )


#: The first word of a plural phrase: a number or a quantifier.
_PLURAL_FIRST = (
    r"^(?:\d+|(?i:beide|viele|mehrere|zahlreiche|einige|alle|etliche|wenige|zwei|drei|vier|fünf|"
    r"sechs|sieben|acht|neun|zehn|zwölf|dutzende|hunderte|tausende))$"
)

#: A plural noun phrase by its noun: "die" or a possessive, adjectives, and one noun in -en
#: ("die Behörden", "ihre Professoren", "die Demonstrantinnen"); a feminine noun in the
#: singular ends otherwise ("die Ministerin", "die Regierung"). Also a man's role after "die"
#: ("Die Außenminister des Bündnisses", "Die Staats- und Regierungschefs der 26
#: NATO-Staaten"), and a genitive or a place after the noun.
_PLURAL_PHRASE = (
    r"^(?:[Dd]ie|[Ii]hre|[Ss]eine|[Uu]nsere|[Dd]eren|[Dd]essen)\s+(?:\p{Ll}[\p{L}-]*e[n]?\s+)*"
    r"(?:\p{Lu}[\p{L}-]*-\s+(?:und|oder)\s+)?"
    r"(?:\p{Lu}[\p{L}-]*\p{Ll}en|(?:\p{Lu}[\p{L}-]*)?(?i:minister|kanzler|sprecher|chefs|botschafter|berater|"
    r"bürgermeister|vertreter|teilnehmer|führer|offiziere|generäle|diplomaten|"
    # (and people by what they do, whose singular woman is "-erin": "Die Forscher",
    # "die Wissenschaftler", "die Anwohner")
    r"forscher|wissenschaftler|ermittler|ärzte|lehrer|politiker|mitarbeiter|arbeiter|"
    r"anwohner|bewohner|einwohner|besucher|zuschauer|spieler|fahrer|wähler|bürger|händler|"
    r"helfer|retter|kläger|richter|täter|veranstalter|entwickler|nutzer|betreiber|hersteller|"
    r"verbraucher|leser|macher|kritiker|befürworter|gegner|unterstützer|aktivisten|"
    r"demonstranten|beamte|forscherteams))"
    r"(?:\s+(?:der|des|aus|von|vom|im|in|beider|aller)\s[^,;:„“»«]*"
    # (also with the object that a verb before them was found with: "werteten die Forscher
    # Blutproben aus")
    r"|\s+\p{Lu}\p{Ll}+(?:en|n|e))?$"
)
#: A relative of someone's, by the noun: "Ihr Vater, Pjotr Chrustalew" (a man), "seine
#: Tochter" (a woman).
_RELATIVE_OWNER = r"^(?:[Ss]eine?|[Ii]hre?|[Uu]nsere?|[Dd]essen|[Dd]eren|[Dd]er|[Dd]ie|[Ee]ine?)"
_MALE_RELATIVE = (
    rf"{_RELATIVE_OWNER}\s+(?:\p{{Ll}}+\s+)*(?:Vater|Sohn|Bruder|Ehemann|Mann|Onkel|Großvater|"
    r"Neffe|Schwager|Schwiegersohn|Schwiegervater|Witwer)\b"
)
_FEMALE_RELATIVE = (
    rf"{_RELATIVE_OWNER}\s+(?:\p{{Ll}}+\s+)*(?:Mutter|Tochter|Schwester|Ehefrau|Frau|Tante|"
    r"Großmutter|Nichte|Schwägerin|Schwiegertochter|Schwiegermutter|Witwe)\b"
)
#: A bare plural of persons, as a subject with no article: "Polizisten", "Demonstranten",
#: "Aktivistinnen" (the singular of these nouns ends otherwise: "Polizist"); a noun made of
#: a participle, whose singular with no article ends in -r ("Beamte", "Abgeordnete",
#: "Verletzte", "Gefangene", "Delegierte", "Streikende"; not a surname: "Schulte", "Witte");
#: a plural compound in -kräfte or -leute ("Einsatzkräfte", "Feuerwehrleute"); a noun of
#: persons that no article makes a plural ("Bewohner", "Dorfbewohner", "Augenzeugen",
#: "Diplomaten", "Kritiker"; none of them a common surname).
_BARE_PLURAL = (
    r"^\p{Lu}\p{Ll}+(?:isten|istinnen|anten|antinnen|enten|entinnen|logen|loginnen|eure)$"
    r"|^(?:Be|Ge|Ver|Er|Ent|An|Ab|Zer|Über|Vor|Aus|Ein|Mit|Unter|Auf)\p{Ll}{2,}(?:te|ene)$"
    r"|^\p{Lu}\p{Ll}+(?:ierte|ende|kräfte|leute)$"
    r"|^(?:\p{Lu}\p{Ll}*)?(?i:anwohner|bewohner|einwohner|zeugen|experten|diplomaten|soldaten|"
    r"kritiker|beobachter|ermittler|sanitäter|flüchtlinge|kämpfer|anhänger|bürger|menschen|"
    r"kinder|frauen|männer|arbeiter|kollegen|nachbarn|ärzte|mediziner|helfer|retter|politiker|"
    r"analysten|forscher|wissenschaftler|reporter|schüler|studenten|"
    # (and doers whose singular reads alike, which with no article is no singular: "Gewalttäter
    # hätten sich auf Dächern postiert")
    r"täter|angreifer|randalierer|plünderer|einbrecher|räuber|spieler|zuschauer|besucher|"
    r"teilnehmer|mitarbeiter|beamte|fans|lehrer|wähler|händler|fahrer|bauern|landwirte)$"
)


def _gender(
    phrase: pl.Expr, known: pl.Expr | None = None, known_gender: pl.Expr | None = None
) -> pl.Expr:
    """The grammatical gender a speaker phrase shows: ``"f"``, ``"m"``, ``"n"``, ``"p"`` or
    ``"u"``.

    A feminine phrase, or one with "die" that may be plural ("die Ministerin", "eine Sprecherin",
    "Frau Merkel", "Kanzlerin Merkel", "seine Partei") is ``"f"``; "der Minister", "ein Sprecher",
    "Herr Scholz", "Kremlchef Putin" are ``"m"``; "das Ministerium" is ``"n"``; a number or a
    quantifier first ("Beide Parteien", "Viele Demonstranten"), a noun in -en after "die"
    or a possessive ("die Behörden", "ihre Professoren") or a bare plural of persons
    ("Polizisten") is a plural, ``"p"``. A name shows
    the gender of its first name ("Annalena Baerbock"), else of the surname: as its article
    showed it (``known``, from :func:`_name_genders`), as a public figure of
    ``data/names.toml`` ("Putin", "Merkel") or by a Slavic ending ("Sacharowa", "Lawrow");
    else it is unknown (``"u"``). ``known_gender`` may give the article's gender of the
    surname instead (``"f"``, ``"m"`` or null; see :func:`_with_genders`).
    """
    first = phrase.str.extract(r"^(\S+)")
    second = phrase.str.extract(r"^\S+\s+(\S+)")
    last = phrase.str.extract(_latin(r"(\p{Lu}[\p{L}\p{M}'’-]*)$"))
    # (a name's particles too: "Hubertus von Kaltenborn")
    named = phrase.str.contains(
        _latin(
            r"^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:von|van|de|der|den|zu|di|da|del|dela|al|el|bin|"
            rf"ibn|ter|ten)\s+)*{_ARABIC_ARTICLE}?\p{{Lu}}[\p{{L}}\p{{M}}'’.-]*)*$"
        )
    )
    gender = (
        # a number or a quantifier opens a plural: "Beide Parteien", "Viele Demonstranten"
        pl.when(
            first.str.contains(_PLURAL_FIRST)
            | phrase.str.contains(_PLURAL_PHRASE)
            | phrase.str.contains(_BARE_PLURAL)
        )
        .then(pl.lit("p"))
        # (a relative by the noun: "Ihr Vater, Pjotr Chrustalew", "seine Tochter")
        .when(phrase.str.contains(_MALE_RELATIVE))
        .then(pl.lit("m"))
        .when(phrase.str.contains(_FEMALE_RELATIVE))
        .then(pl.lit("f"))
        .when(first.is_in(["die", "Die", "eine", "Eine", "Frau"]))
        .then(pl.lit("f"))
        # (a possessive in -e is one too: "Seine Partei", "ihre Regierung")
        .when(first.is_in(["seine", "Seine", "ihre", "Ihre", "unsere", "Unsere"]))
        .then(pl.lit("f"))
        .when(first.str.contains(_FEMININE_ROLE) & ~first.is_in(_name_series()["first_m"]))
        .then(pl.lit("f"))
        .when(first.is_in(["der", "Der", "ein", "Ein", "Herr"]))
        .then(pl.lit("m"))
        .when(first.is_in(["das", "Das"]))
        .then(pl.lit("n"))
        # (a role before a name: "Kremlchef Putin"; alone it may be a plural: "Sprecher")
        .when(
            named & phrase.str.contains(r"\s") & _masculine_role(first) & ~first.str.contains(_RANK)
        )
        .then(pl.lit("m"))
        .when(named & phrase.str.contains(r"\s") & first.is_in(_name_series()["first_f"]))
        .then(pl.lit("f"))
        .when(named & phrase.str.contains(r"\s") & first.is_in(_name_series()["first_m"]))
        .then(pl.lit("m"))
        # (a rank shows none: the first name after it, "Oberst Maximilian X")
        .when(named & first.str.contains(_RANK) & second.is_in(_name_series()["first_f"]))
        .then(pl.lit("f"))
        .when(named & first.str.contains(_RANK) & second.is_in(_name_series()["first_m"]))
        .then(pl.lit("m"))
    )
    if known is not None:
        gender = (
            gender.when(named & known.list.contains(last + ":f"))
            .then(pl.lit("f"))
            .when(named & known.list.contains(last + ":m"))
            .then(pl.lit("m"))
        )
    if known_gender is not None:
        gender = gender.when(named & known_gender.is_not_null()).then(known_gender)
    return (
        gender.when(phrase.is_in(_NEUTER_PLACES))
        .then(pl.lit("n"))
        .when(named & last.is_in(_name_series()["sur_f"]))
        .then(pl.lit("f"))
        .when(named & last.is_in(_name_series()["sur_m"]))
        .then(pl.lit("m"))
        .when(named & last.str.contains(_FEMININE_SURNAME))
        .then(pl.lit("f"))
        # (not an English word: "Airshow", "Glasgow")
        .when(
            named
            & last.str.contains(_MASCULINE_SURNAME)
            & ~last.str.contains(r"(?i:show|window|glasgow|moscow|know|snow|flow)$")
        )
        .then(pl.lit("m"))
        .otherwise(pl.lit("u"))
    )


def _with_genders(frame: pl.DataFrame, genders: pl.DataFrame) -> pl.DataFrame:
    """Add ``_g``, :func:`_gender` of ``_aspk`` with the article's genders (``genders``:
    ``article_id, _ng``).

    The same as ``_gender(pl.col("_aspk"), pl.col("_ng"))``, with the article's genders
    joined by surname rather than searched in each row's list: an article of a thousand
    paragraphs names thousands of people, each in every row's list.
    """
    known = (
        genders.select_seq("article_id", pl.col("_ng").alias("_k"))
        .explode("_k")
        .drop_nulls("_k")
        .select_seq(
            "article_id",
            pl.col("_k").str.extract(r"^(.*):[fm]$").alias("_last"),
            pl.col("_k").str.extract(r":([fm])$").alias("_kg"),
        )
        # ("f" before "m", as in _gender)
        .group_by("article_id", "_last")
        .agg(pl.col("_kg").min())
    )
    return (
        frame.with_columns_seq(
            pl.col("_aspk").str.extract(_latin(r"(\p{Lu}[\p{L}\p{M}'’-]*)$")).alias("_last")
        )
        .join(known, on=["article_id", "_last"], how="left")
        .with_columns_seq(_gender(pl.col("_aspk"), known_gender=pl.col("_kg")).alias("_g"))
        .drop("_last", "_kg")
    )


def _agrees(
    pronoun: pl.Expr, phrase: pl.Expr, known: pl.Expr | None = None, verb: pl.Expr | None = None
) -> pl.Expr:
    """*er* with a masculine or unknown phrase, *sie* with a feminine, plural or unknown one
    (``known``: the genders of the article's names, see :func:`_gender`); *sie* with a
    ``verb`` in the singular ("sagte sie") not with a plural ("Beide Parteien")."""
    gender = _gender(phrase, known)
    singular = (
        pl.lit(False)
        if verb is None
        else (
            ~verb.str.contains(_latin(r"^(?:\p{Ll}+en|sind)$")) | verb.str.starts_with("ge")
        ).fill_null(False)
    )
    return (
        pl.when(pronoun == _ITS_AUTHOR)
        .then(True)
        .when(pronoun.str.to_lowercase() == "er")
        .then(~gender.is_in(["f", "n", "p"]))
        .otherwise(~gender.is_in(["m", "n"]) & ~(singular & (gender == "p")))
        .fill_null(False)
    )


_COMMON = (
    r"(?:ung|ungen|heit|keit|schaft|tion|tionen|ität|ismus|ment|chef|chefin|minister|ministerin|"
    r"präsident|präsidentin|sprecher|sprecherin|amt|rat|partei|regierung|staat|land|stadt|tag|"
    r"jahr|jahre|jahren|woche|zeit|welt|polizei|gericht|leute|menschen|er|en|e)$"
)


#: Nouns of things that a name can follow ("seiner Firma Aufbau Invest"): the name is no
#: person's (see :func:`_name_pairs`).
_THING_NOUN = (
    "firma|unternehmen|konzern|partei|verein|zeitung|zeitschrift|magazin|sender|bank|gruppe|"
    "band|stiftung|organisation|initiative|fonds|film|buch|album|lied|song|schiff|hotel|"
    "marke|plattform|agentur|gesellschaft|holding|kampagne|operation|projekt|programm|aktion|"
    "serie|sendung|show|festival|mission|rakete|system|gesetz|plan|abkommen|vertrag|"
    # (a place by its kind: "im Stadtteil Gohlis", "der Landkreis Görlitz", "Kanton Bern")
    "stadtteil|ortsteil|stadtbezirk|bezirk|kreis|kanton|viertel|gemeinde|region|provinz|"
    "bundesland|straße|platz|flughafen|bahnhof|stadion|klinik|krankenhaus|schule|universität"
)


def _name_pairs(corpus: Corpus, paragraphs: pl.DataFrame) -> pl.DataFrame:
    """Name-like person mentions: two capitalised words ("Hans Meier", also a double name:
    "Dagmar Lohse-Yıldız"), no common noun by its ending unless the first is a first name of
    ``data/names.toml`` ("Peter Müller") or a person's role before a surname
    ("Oppositionsführer Schmidt"; not before a first name, an initial or a day: "Ökonom
    Edmund S. Phelps", "Präsident Montag"); not a place after "aus", "in", "nach" ("aus Kfar
    Saba"). Also a name with one or two particles ("Friederike von Arnim-Sallwitz", "Joris
    van der Berg"), no word of the lexicon on either side ("Merkel von Journalisten").

    At the start of a sentence or of a quote, where every word is capitalised, the first word
    must not be a word of the tagging lexicon other than a name ("Giovanni Trapattoni ist
    zurück"; not "Nachdem Putin", "Heute Merkel", „In Berlin fahre ich ...“).
    """
    toks = corpus.tokens.join(
        paragraphs.select_seq("article_id", "paragraph"), on=["article_id", "paragraph"], how="semi"
    )
    # (also a double name: "Dagmar Lohse-Yıldız", "Hans-Peter Friedrich", and an East Asian
    # given name: "Chen Yu-ting", "Kim Tae-ho")
    # (and an Arabic surname with its article: "Abdulmalik al-Sunaidi"; and one with an
    # apostrophe: "Marco Dell'Acqua", "Conan O’Brien")
    cap = pl.col("text").str.contains(
        _latin(
            rf"^{_ARABIC_ARTICLE}?\p{{Lu}}\p{{Ll}}*(?:['’]\p{{Lu}})?\p{{Ll}}+(?:-\p{{Lu}}?\p{{Ll}}+)*$"
        )
    )
    # (the first word of a sentence, also after its opening quote mark, and of a quote)
    first_in_sentence = (
        pl.col("token")
        == pl.col("token")
        .filter(pl.col("kind") == "word")
        .min()
        .over("article_id", "paragraph", "sentence")
    ) | pl.col("text").shift(1).is_in(["„", "»", "«", '"', "‚"]).fill_null(False)
    words = (
        word_tags()
        .filter(pl.col("tag") != "NE")
        .select_seq(pl.col("form").alias("text"), pl.lit(True).alias("_word"))
    )
    # (a first name of the list is one, whatever its ending: "Gesine Lötzsch", "Peter Müller";
    # also where the lexicon knows it as a word: "Mette Frederiksen")
    first_name = pl.col("text").is_in(_name_series()["first"])
    # (a person's role before a surname opens a pair too: "Oppositionsführer Schmidt",
    # "Polizeisprecher Müller"; not a body's: "Polizei Berlin")
    lower = pl.col("text").str.to_lowercase()
    # (a body is the word's end: "Polizei", "Landesregierung"; "Oppositionsführer" is a person)
    # (a rank too: "Generalleutnant Hubertus" is no pair)
    role = (
        _has_word(lower, _ROLE_NOUN) & ~lower.str.contains(f"{_BODY_ROLE}$")
    ) | lower.str.contains(_RANK)
    toks = toks.join(words, on="text", how="left", maintain_order="left").with_columns_seq(
        _cap=cap & ~(first_in_sentence & pl.col("_word").fill_null(False) & ~first_name & ~role)
    )
    nxt = pl.col("text").shift(-1)
    two = (
        pl.col("_cap")
        & pl.col("_cap").shift(-1).fill_null(False)
        & (pl.col("sentence").shift(-1) == pl.col("sentence"))
    )
    # (after a person's role, a word the lexicon does not know is a first name, whatever its
    # ending: "Ministerpräsident Arben Krasniqi")
    after_role = (
        role.shift(1).fill_null(False)
        & (pl.col("sentence").shift(1) == pl.col("sentence")).fill_null(False)
        & ~pl.col("_word").fill_null(False)
        & ~role
    )
    pair = (
        two
        # (after a first name, a surname may end like a common noun: "Hans Meier", "Peter
        # Müller", "Günther Krause")
        & (first_name | after_role | ~nxt.str.to_lowercase().str.contains(_COMMON).fill_null(True))
        & (first_name | after_role | ~pl.col("text").str.to_lowercase().str.contains(_COMMON))
    ) | (
        # (a person's role opens a pair with a surname: not with a role or a body,
        # "Sprecher Polizei"; nor with a first name, whose pair with the surname is the name,
        # "Ökonom Edmund Phelps", also a first name not in the list, "Präsident Felipe
        # Calderón"; nor with a day, "Präsident Montag")
        two
        & role
        & ~first_name
        & ~_has_word(nxt.str.to_lowercase(), _ROLE_NOUN).fill_null(True)
        # (nor with an abstract noun by an ending no surname has, the object after a role in
        # the dative: "warf der Ministerin Zögerlichkeit vor"; "Jung", "Hartung" are names)
        & ~nxt.str.contains(r"(?:heit|keit|schaft|tion|ität|ismus)$").fill_null(False)
        & ~nxt.is_in([*_names()["first_f"], *_names()["first_m"], *_DAYS]).fill_null(True)
        # (the name goes on: a surname or an initial, "Edmund S. Phelps")
        & ~(
            pl.col("text").shift(-2).str.contains(_latin(rf"^{_ARABIC_ARTICLE}?\p{{Lu}}"))
            & (pl.col("sentence").shift(-2) == pl.col("sentence"))
        ).fill_null(False)
    )
    # (not the name of a thing: "seiner Firma Aufbau Invest", "der Operation Eiserne Schwerter",
    # "Fußballverein Benfica")
    # (the word before, over quote marks: "seiner Firma ''Aufbau Invest''")
    is_word = pl.col("kind") == "word"
    before = pl.when(is_word).then(pl.col("text")).shift(1).forward_fill()
    where_before = pl.when(is_word).then(pl.struct("article_id", "paragraph", "sentence"))
    # (but a first name after it opens a person's name: "der Linkspartei Gregor Gysi")
    named_thing = pl.col("text").str.to_lowercase().str.contains(f"(?:{_THING_NOUN})$") | (
        ~first_name
        & before.str.to_lowercase().str.contains(f"(?:{_THING_NOUN})$")
        & (where_before.shift(1).forward_fill() == pl.struct("article_id", "paragraph", "sentence"))
    ).fill_null(False)
    # (nor a place: "Grundschullehrerin aus Kfar Saba", "in Tel Aviv")
    place = before.is_in(["aus", "in", "nach"]).fill_null(False)
    # (nor an amount: "eine Million Euro")
    amount = pl.col("text").is_in(_NUMBER_WORDS) | nxt.is_in(_UNIT_WORDS)
    found = toks.with_columns_seq(
        _pair=(pair & ~named_thing & ~place & ~amount).fill_null(False), _next=nxt
    ).filter(pl.col("_pair"))
    # (and a name with one or two particles: "Friederike von Arnim-Sallwitz", "Ramon dela
    # Paz-Villanueva", "Joris van der Berg": a first name of the list or a capitalised word
    # the lexicon does not know, the particles, a capitalised surname)
    # (no word of the lexicon on either side: "wurde Merkel von Journalisten gefragt")
    particle = pl.col("text").is_in(_NAME_PARTICLES)
    second = pl.col("text").is_in(["der", "den", "la", "los", "las"])
    same = pl.col("sentence")
    unknown = pl.col("_cap") & ~pl.col("_word").fill_null(False)
    first_word = first_name | unknown
    one = (
        first_word
        & particle.shift(-1).fill_null(False)
        & unknown.shift(-2).fill_null(False)
        & (same.shift(-2) == same).fill_null(False)
    )
    two = (
        first_word
        & particle.shift(-1).fill_null(False)
        & second.shift(-2).fill_null(False)
        & unknown.shift(-3).fill_null(False)
        & (same.shift(-3) == same).fill_null(False)
    )
    parts = [pl.col("text").shift(-k) for k in range(4)]
    with_particles = toks.with_columns_seq(
        pl.when(two)
        .then(pl.concat_str(parts, separator=" "))
        .when(one)
        .then(pl.concat_str(parts[:3], separator=" "))
        .alias("_name")
    ).filter(pl.col("_name").is_not_null())
    # (and a first name of the list with the initial of a surname, as court reports write
    # names: "Werner F.", "Dennis K.")
    initial = toks.filter(
        first_name
        & pl.col("text").shift(-1).str.contains(_latin(r"^\p{Lu}$")).fill_null(False)
        & (pl.col("text").shift(-2) == ".").fill_null(False)
        & (same.shift(-1) == same).fill_null(False)
    ).select_seq(
        "article_id",
        "paragraph",
        "start",
        pl.concat_str([pl.col("text"), pl.lit(" "), nxt, pl.lit(".")]).alias("_aspk"),
    )
    rows = paragraphs.select_seq("article_id", "paragraph", pl.col("_p").alias("_ap"))
    return (
        pl.concat(
            [
                found.select_seq(
                    "article_id",
                    "paragraph",
                    "start",
                    pl.concat_str([pl.col("text"), pl.col("_next")], separator=" ").alias("_aspk"),
                ),
                with_particles.select_seq(
                    "article_id", "paragraph", "start", pl.col("_name").alias("_aspk")
                ),
                initial,
            ]
        )
        .join(rows, on=["article_id", "paragraph"])
        .select_seq(
            "article_id",
            pl.col("_ap").cast(pl.Int64),
            pl.col("start").cast(pl.Int64).alias("_as"),
            "_aspk",
        )
    )


#: Name particles in lower case between a first name and a surname (see :func:`_name_pairs`).
_NAME_PARTICLES = ["von", "van", "de", "da", "di", "del", "dela", "della", "dos", "ter", "ten"]


def _with_first_names(persons: pl.DataFrame, paragraphs: pl.DataFrame) -> pl.DataFrame:
    """Person mentions (``article_id, _ap, _as, _aspk``) with the first name of
    ``data/names.toml`` and the name particles right before them: "Ursula von der Leyen"
    where the lexicon matched "Leyen", so that a pronoun takes up the whole name."""
    if persons.height == 0:
        return persons
    lead = (
        persons.join(
            paragraphs.select_seq(pl.col("_p").cast(pl.Int64).alias("_ap"), "text"), on="_ap"
        )
        .with_columns_seq(
            pl.col("text")
            .str.slice(0, pl.col("_as"))
            .str.extract(
                _latin(
                    r"(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+(?:(?:von|van|de|der|den|di|da|del|zu|ter|ten)\s+)*)$"
                )
            )
            .alias("_lead")
        )
        .drop("text")
    )
    first = pl.col("_lead").str.extract(r"^(\S+)")
    known = first.is_in(_name_series()["first"]).fill_null(False)
    return lead.with_columns_seq(
        pl.when(known)
        .then(pl.col("_as") - pl.col("_lead").str.len_chars())
        .otherwise(pl.col("_as"))
        .alias("_as"),
        pl.when(known)
        .then(pl.col("_lead") + pl.col("_aspk"))
        .otherwise(pl.col("_aspk"))
        .alias("_aspk"),
    ).drop("_lead")


def _again(corpus: Corpus, paragraphs: pl.DataFrame, cands: pl.DataFrame) -> pl.DataFrame:
    """The surname alone naming a person again: ``article_id, _ap, _as, _aspk``.

    ``cands`` holds full-name mentions (``article_id, _ap, _as, _aspk``); every later or
    earlier token that equals the last word of one ("Köhler" after "Horst Köhler") is a
    mention of that person at its own place, outside the full mention itself.
    """
    full = cands.filter(pl.col("_aspk").str.contains(r"\s")).with_columns_seq(
        pl.col("_aspk").str.extract(r"(\S+)$").alias("text"),
        (pl.col("_as") + pl.col("_aspk").str.len_chars()).alias("_ae"),
    )
    if full.height == 0:
        return cands.clear()
    first = full.sort("_ap", "_as").unique(
        ["article_id", "text"], keep="first", maintain_order=True
    )
    toks = corpus.tokens.join(
        paragraphs.select_seq("article_id", "paragraph", pl.col("_p").alias("_ap")),
        on=["article_id", "paragraph"],
    ).join(first.select_seq("article_id", "text", "_aspk"), on=["article_id", "text"])
    toks = toks.select_seq(
        "article_id",
        pl.col("_ap").cast(pl.Int64),
        pl.col("start").cast(pl.Int64).alias("_as"),
        "_aspk",
        (pl.col("start") + pl.col("text").str.len_chars()).cast(pl.Int64).alias("_te"),
    )
    # not the surname inside a full mention
    inside = toks.join(
        full.select_seq("article_id", "_ap", pl.col("_as").alias("_fs"), "_ae"),
        on=["article_id", "_ap"],
    ).filter((pl.col("_fs") <= pl.col("_as")) & (pl.col("_te") <= pl.col("_ae")))
    return toks.join(
        inside.select_seq("article_id", "_ap", "_as"), on=["article_id", "_ap", "_as"], how="anti"
    ).drop("_te")


#: A role noun before a name: "Ministerpräsident Günther Oettinger", "Kremlsprecher Peskow".
_ROLE_NAME = (
    r"(?:[Pp]räsident|[Mm]inister|[Kk]anzler|[Ss]precher|[Cc]hef|[Vv]orsitzende|[Ss]ekretär|"
    r"[Bb]ürgermeister|[Bb]otschafter|[Kk]ommissar|[Gg]eneral|[Aa]bgeordnete|[Ss]enator|"
    r"[Aa]nw[aä]lt|[Rr]ichter|[Dd]irektor|[Ll]eiter|[Tt]rainer|[Ee]xpert|[Pp]rofessor)"
    r"(?:in|innen|en|e|s|r)?\s+(?:Dr\.\s+)?(?:\p{Lu}[\p{Ll}-]+\s+){0,2}(\p{Lu}[\p{Ll}-]+)\b"
)


def _known_persons(paragraphs: pl.DataFrame, m: pl.DataFrame) -> pl.DataFrame:
    """Names that stand for a person or an actor in an article: ``article_id, _xspk, _person``.

    Persons (``_person``): the surname after a role noun anywhere in the article
    ("Ministerpräsident Günther Oettinger" makes "Oettinger" a person) and the person
    mentions of the actor lexicon (whole and last word: "Wladimir Putin", "Putin"); other
    actors: the other mentions of the lexicon ("Moskau", "Kreml").
    """
    roles = (
        paragraphs.select_seq(
            "article_id", pl.col("text").str.extract_all(_latin(_ROLE_NAME)).alias("_m")
        )
        .explode("_m")
        .drop_nulls("_m")
        .select_seq("article_id", pl.col("_m").str.extract(r"(\S+)$").alias("_xspk"))
    )
    persons = m.filter(pl.col("actor_kind") == "person").select_seq("article_id", "match")
    lexicon = pl.concat(
        [
            persons.select_seq("article_id", pl.col("match").alias("_xspk")),
            persons.select_seq("article_id", pl.col("match").str.extract(r"(\S+)$").alias("_xspk")),
        ]
    )
    return (
        pl.concat(
            [
                pl.concat([roles, lexicon]).with_columns_seq(pl.lit(True).alias("_person")),
                # (the other actors of the lexicon: "Moskau", "Kreml", "Nato")
                m.filter(pl.col("actor_kind") != "person").select_seq(
                    "article_id", pl.col("match").alias("_xspk"), pl.lit(False).alias("_person")
                ),
            ]
        )
        .drop_nulls()
        .unique()
    )


def _mentions_in(spans: pl.DataFrame, m: pl.DataFrame) -> pl.DataFrame:
    """The mentions that start inside each span of ``spans``.

    ``spans`` holds ``_q``, the paragraph key ``_sp_p`` and the span ``_sp_s`` to ``_sp_e``;
    the result has one row per span and mention, with the span's columns and the mention's
    ``_ms`` (start), ``actor``, ``side`` and ``actor_kind``.
    """
    mentioned = m.select_seq(
        pl.col("_ap").cast(pl.Int64).alias("_sp_p"),
        pl.col("start").cast(pl.Int64).alias("_ms"),
        "actor",
        "side",
        "actor_kind",
    )
    return spans.join(mentioned, on="_sp_p").filter(
        (pl.col("_ms") >= pl.col("_sp_s")) & (pl.col("_ms") < pl.col("_sp_e"))
    )


#: A preposition before a mention in a speaker span: the place or body the speaker is at,
#: sent to or responsible for, not the one the speaker speaks for ("der Botschafter Russlands
#: bei der Nato", "der US-Botschafter in Moskau", "der Beauftragte der Bundesregierung für
#: Russland"; but "ein Politiker aus Russland", "Sprecher von Präsident Putin" are theirs).
_HOST_BEFORE = (
    rf"\b(?:bei|beim|in|im|an|am|für|gegenüber|zu|zur|zum|nach)\s+(?:(?:der|dem|den|des|die|das)"
    rf"\s+)?(?:{_ADJ}\s+)*$"
)
#: Nouns of envoys, sent to a host: "Botschafter", "Sondergesandte", "Unterhändler".
_ENVOY = (
    r"(?i:botschafter|gesandt|beauftragt|vermittler|korrespondent|delegiert|emissär|"
    r"unterhändler)"
)
#: The first part of a compound whose head is an envoy or an expert: the host or the field
#: ("Nato-Botschafter", "Russland-Beauftragter", "US-Sondergesandter", "Moskau-Korrespondent",
#: "Ukraine-Experte"; but "Nato-Sprecher", "Kreml-Chef", "OSZE-Beobachter" and
#: "EU-Vertreter" are the body's).
_HOST_COMPOUND = rf"^[\p{{L}}\p{{M}}]+-(?:\p{{L}}*?{_ENVOY}|(?i:experte|expertin|kenner|kennerin))"
#: The first part of a compound whose head stands against it: the one opposed, never the
#: speaker's actor ("der Kreml-Kritiker Alexej Nawalny", "Putin-Gegner", "Nato-Skeptiker", also
#: with no hyphen: "Kremlkritiker").
_OPPONENT_COMPOUND = (
    r"^[\p{L}\p{M}]+-?(?i:kritiker|gegner|feind|skeptiker|widersacher|rivale|rivalin)"
    # ... and the opposition of a state named by its adjective: "der russische Oppositionelle
    # X", "die belarussische Opposition", "ein russischer Regimekritiker" (they speak against
    # that state's government, not for it)
    r"|^\p{Ll}+(?:e|er|en)\s+(?:\p{Ll}+(?:e|er|en)\s+)?(?i:opposition|oppositionell|"
    r"regimekritiker|regierungskritiker|kremlkritiker|dissident|exil)"
)

#: A university or college an actor owns: its scholars do not speak for it ("Carlo Masala von
#: der Bundeswehr-Universität", "... von der Universität der Bundeswehr", "der
#: Bundeswehruniversität"; but "ein Sprecher der Bundeswehr"). The mention is the first part
#: of the compound, or comes after the institution and its article.
_ACADEMIC_COMPOUND = r"^[\p{L}\p{M}]+-?(?i:universität|hochschule)"
_ACADEMIC_BEFORE = r"(?i:universität|hochschule|akademie)\s+(?:der|des)\s+$"


def _link_actors(q: pl.DataFrame, m: pl.DataFrame) -> pl.DataFrame:
    """Actor and side of a mention in the speaker span (person first, then the last).

    A mention that starts in the span counts ("aus Moskauer Sicht": the speaker is
    "Moskauer", the mention "Moskauer Sicht"). The host an envoy is sent to, after a
    preposition or first in a compound (``_HOST_BEFORE``, ``_HOST_COMPOUND``), counts only
    where the span names nothing else: "der russische Botschafter bei der Nato" and "der
    russische Nato-Botschafter" are Russia's; of those two a compound goes first
    ("US-Sondergesandter für die Ukraine"). The one a compound stands against is never the
    speaker's (``_OPPONENT_COMPOUND``: "der Kreml-Kritiker Alexej Nawalny"), nor is the owner
    of a university a scholar is from (``_ACADEMIC_COMPOUND``, ``_ACADEMIC_BEFORE``: "von der
    Bundeswehr-Universität").
    """
    spans = q.filter(pl.col("speaker").is_not_null()).select_seq(
        "_q", "_sp_p", "_sp_s", "_sp_e", "speaker"
    )
    return q.join(_linked(spans, m), on="_q", how="left")


def _linked(spans: pl.DataFrame, m: pl.DataFrame) -> pl.DataFrame:
    """``_q, speaker_actor, side`` of the spans (``_q, _sp_p, _sp_s, _sp_e, speaker``), by
    the rules of :func:`_link_actors`."""
    offset = (pl.col("_ms") - pl.col("_sp_s")).cast(pl.Int64)
    return (
        _mentions_in(spans, m)
        .filter(~pl.col("speaker").str.slice(offset).str.contains(_OPPONENT_COMPOUND))
        .filter(
            ~pl.col("speaker").str.slice(offset).str.contains(_ACADEMIC_COMPOUND)
            & ~pl.col("speaker").str.slice(0, offset).str.contains(_ACADEMIC_BEFORE)
        )
        .with_columns_seq(
            pl.col("actor").alias("speaker_actor"),
            (pl.col("actor_kind") == "person").alias("_person"),
            pl.col("speaker").str.slice(0, offset).str.contains(_HOST_BEFORE).alias("_host"),
            pl.col("speaker").str.slice(offset).str.contains(_HOST_COMPOUND).alias("_hosted"),
        )
        .sort(
            ["_q", "_host", "_hosted", "_person", "_ms"],
            descending=[False, False, False, True, True],
        )
        .unique("_q", keep="first")
        .select_seq("_q", "speaker_actor", "side")
    )


#: The place a speaker spoke in, at the end of the span: "Putin in Moskau", "Obama im
#: Weißen Haus", "Putin in St. Petersburg", "Moskau in der Stationierung" (of "sieht Moskau in
#: der Stationierung eine Bedrohung"; group 1: where it starts).
_PLACE_AT_END = (
    # (a broadcast with a digit in its name too: "im Ö1-Mittagsjournal")
    r"(\s+(?:in|im|bei|beim|auf|am)\s+(?:(?:der|dem|den|einer|einem)\s+)?(?:\p{Ll}+\s+)?"
    r"\p{Lu}[\p{L}\p{M}\d.-]*(?:\s+\p{Lu}[\p{L}\p{M}\d.-]*)?)$"
)


def _role_epithet(head: pl.Expr, known: pl.Expr | None = None) -> tuple[pl.Expr, pl.Expr]:
    """Whether ``head`` is a role with its article ("der Minister", "die Sprecherin", "der
    russische Regierungschef"), and its noun; with ``known`` (a list of nouns, lower case, no
    hyphen: ``_art_roles``, see :func:`_article_roles`) a noun the article puts before a
    person's name is a man's role too ("der Kreisbrandinspektor" after "Kreisbrandinspektor
    Jürgen X")."""
    noun = head.str.extract(_ROLE_EPITHET, 1)
    masculine = _masculine_role(noun)
    if known is not None:
        masculine = masculine | known.list.contains(
            noun.str.to_lowercase().str.replace_all("-", "")
        ).fill_null(False)
    role = (
        (head.str.starts_with("der") | head.str.starts_with("Der"))
        & masculine
        & ~noun.is_in(["Herr", "Herrn"])
    ) | (
        (head.str.starts_with("die") | head.str.starts_with("Die"))
        & noun.str.contains(_FEMININE_ROLE)
        & ~noun.str.ends_with("innen")
    )
    return role, noun


def _epithets_as_pronouns(q: pl.DataFrame) -> pl.DataFrame:
    """Read an epithet speaker (``_EPITHET``: "der Norweger", "die CDU-Politikerin", "der
    43-Jährige", also with a place: "der Niederländer in Brüssel") as *er* or *sie*, so that
    :func:`_resolve_pronouns` looks for the person it stands for; the epithet is kept in
    ``_epithet`` with where it starts (``_epi_p``, ``_epi_s``) for :func:`_epithets_back`.
    """
    # (a role in the dative after "laut" or before "zufolge" too: "Laut dem Minister sei ...";
    # and in the accusative as the one quoted: "zitierte die Agentur den Vizeaußenminister")
    head = pl.col("speaker").str.replace(_PLACE_AT_END, "").str.replace(r"^[Dd](?:em|en)\s", "der ")
    # (a weak noun there in its own case: "den Diplomaten", "dem Präsidenten" as "der
    # Diplomat", "der Präsident")
    weak = head.str.extract(_latin(r"^der\s+(?:\p{Ll}+\s+)*(\p{Lu}[\p{L}-]*)en$"), 1)
    head = (
        pl.when(
            pl.col("speaker").str.contains(r"^[Dd](?:em|en)\s")
            & _masculine_role(weak).fill_null(False)
        )
        .then(head.str.replace(r"en$", ""))
        .otherwise(head)
    )
    # (and a role in the genitive whose article "nach" left out of the speaker: "Nach Worten
    # des Kremlsprechers" as "der Kremlsprecher", "Nach Angaben der Ministerin" as "die
    # Ministerin")
    # (its words stay as written in the brackets after the name found, "_epi_shown")
    genitive = head.str.extract(_latin(r"^(\p{Lu}[\p{L}-]*?)(?:es|s)$"), 1)
    after_nach = pl.col("cue").str.to_lowercase() == "nach"
    masculine = (
        after_nach
        & _masculine_role(genitive).fill_null(False)
        & ~head.str.contains(_FEMININE_ROLE).fill_null(False)
    )
    feminine = after_nach & head.str.contains(_FEMININE_ROLE).fill_null(False)
    q = q.with_columns_seq(
        pl.when(masculine | feminine).then(pl.col("speaker")).alias("_epi_shown")
    )
    head = (
        pl.when(masculine)
        .then(pl.lit("der ") + genitive)
        .when(feminine)
        .then(pl.lit("die ") + head)
        .otherwise(head)
    )
    # (and where its person comes from: "die 52-Jährige aus dem Wahlkreis Regensburg", "der
    # Belgier aus Lüttich")
    from_cut = head.str.replace(_EPITHET_ORIGIN, "")
    head = pl.when(from_cut.str.contains(_EPITHET)).then(from_cut).otherwise(head)
    # (as a column: the steps below name it many times)
    q = q.with_columns_seq(head.alias("_epi_head"))
    head = pl.col("_epi_head")
    # (a role with where its holder is from: "der Diplomat aus Mali"; or with a body the
    # article named by its name before: "der Leiter der Behörde", "die Sprecherin der Gruppe")
    # (a former role with the body it was held in, any: "der frühere Kommandeur der
    # Befreiungsarmee UÇK", a description)
    role_head = (
        pl.when(
            head.str.contains(
                _latin(
                    r"^[Dd](?:er|ie)\s+(?:[\p{Ll}\d-]+\s+)*(?:frühere|ehemalige|einstige|vormalige)\s"
                )
            )
        )
        .then(head.str.replace(r"\s+(?:der|des)\s+.*$", ""))
        .otherwise(head)
    )
    role, noun = _role_epithet(
        role_head.str.replace(_latin(r"\s+aus\s+\p{Lu}[\p{L}-]+$"), "").str.replace(
            r"\s+(?:der|des)\s+(?:Behörde|Organisation|Einrichtung|Gruppe|Delegation|Mission|"
            r"Kommission|Kremls|Ministeriums|Regierung|Präsidialamt(?:e)?s|Weißen\s+Hauses|"
            r"Pentagons|Unternehmens|Konzerns|Armee|Partei|Fraktion|Stab(?:e)?s|Verband(?:e)?s|"
            r"Gerichts|Staatsanwaltschaft|Polizei|"
            # (where a scholar teaches: "der Professor der Universität Bern", "der
            # Technischen Universität Chemnitz", "der Medizinischen Hochschule Hannover")
            r"(?:\p{Lu}\p{Ll}+en\s+)?(?:Universität|Hochschule|Klinik)(?:\s+\p{Lu}[\p{L}-]+)?)$",
            "",
        ),
        pl.col("_art_roles"),
    )
    base = head.str.contains(_EPITHET).fill_null(False)
    role = role.fill_null(False) & ~base
    epithet = base | role
    # (the conditions share their pattern searches: evaluated once, see _with_shared; an
    # epithet always has its head, so "_epithet" is set where it is one)
    q = _with_shared(
        q,
        pl.when(epithet).then(head).alias("_epithet"),
        # (a role: the name found must carry it, see _epithets_back)
        pl.when(role).then(noun.str.to_lowercase().str.replace_all("-", "")).alias("_epi_role"),
        pl.when(epithet).then(pl.col("speaker")).alias("_epi_spk"),
        pl.when(epithet).then(pl.col("_sp_p")).alias("_epi_p"),
        pl.when(epithet).then(pl.col("_sp_s")).alias("_epi_s"),
    )
    return q.with_columns_seq(
        pl.when(pl.col("_epithet").str.contains(r"^[Dd]er\s"))
        .then(pl.lit("er"))
        .when(pl.col("_epithet").is_not_null())
        .then(pl.lit("sie"))
        .otherwise(pl.col("speaker"))
        .alias("speaker")
    ).drop("_epi_head")


#: Where an epithet's person comes from, after it: "aus dem Wahlkreis Regensburg", "aus Bad
#: Tölz" (see :func:`_epithets_as_pronouns`).
_EPITHET_ORIGIN = (
    r"\s+aus\s+(?:(?:dem|der|den)\s+)?(?:\p{Lu}[\p{L}\p{M}-]*\s+){0,2}\p{Lu}[\p{L}\p{M}-]*$"
)
#: A part of a text in quote marks (left out where names between two places are looked for).
_QUOTED_PART = r"„[^„“]*“|»[^»«]*«"
#: A role as an epithet: "der Minister", "die Sprecherin", "der russische Regierungschef"
#: (the noun a role of ``_MASCULINE_ROLE`` or ``_FEMININE_ROLE``, see
#: :func:`_epithets_as_pronouns`).
_ROLE_EPITHET = rf"^[Dd](?:er|ie)\s+(?:{_ADJ}\s+)*(\p{{Lu}}[\p{{L}}-]*\p{{Ll}})$"
#: A speaker that names someone: a name, two capitalised words at its end ("Nato-
#: Generalsekretär Jens Stoltenberg", "Kremlchef Putin") or one capitalised word alone
#: ("Stoltenberg"); not a role ("der Präsident") nor a body ("Die Bundesregierung").
_NAMES_SOMEONE = (
    # (particles between: "Álvaro Medina de la Fuente", "Hubertus von Kaltenborn"; an Arabic
    # article with a hyphen: "Nizar al-Kassem")
    r"(?:^|\s)\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:von|van|de|der|den|la|le|del|dela|da|di|du|dos|"
    rf"zu|al|el|bin|ibn|ter|ten|y))*\s+{_ARABIC_ARTICLE}?\p{{Lu}}[\p{{L}}\p{{M}}'’.-]*$"
    r"|^\p{Lu}[\p{L}\p{M}'’.-]+$"
)


def _name_part(speaker: pl.Expr, origin: bool = False) -> pl.Expr:
    """The speaker without a place at its end (``_PLACE_AT_END``), a party in brackets, where
    one comes from ("aus Ohio", with ``origin``), the body a person is from, nor a role in
    apposition after the name: "Oberst Souleymane Koné-Traoré" of "Oberst Souleymane
    Koné-Traoré, Sprecher der Übergangsregierung", "Cornelius Weidenbach" of "Cornelius
    Weidenbach von der Stiftung Wissenschaft und Politik (SWP)" (but "Der Botschafter, Sergej
    Netschajew" as it is, and "Ursula von der Leyen")."""
    # (and a party in brackets: "Jasmin X (Linke)"; and where one comes from, where a name is
    # left: "Senator Dale X aus Ohio", but "Eine Rentnerin aus dem Nachbarort Steinhagen")
    bare = speaker.str.replace(_PLACE_AT_END, "").str.replace(r"\s*\([^()]{1,40}\)$", "")
    if origin:
        # (searched only where asked: the patterns cost time on every row)
        unfrom = bare.str.replace(_EPITHET_ORIGIN, "")
        bare = (
            pl.when(
                (
                    unfrom.str.contains(_NAMES_SOMEONE)
                    & ~unfrom.str.extract(r"(\S+)$").is_in(_lexicon_nouns())
                ).fill_null(False)
            )
            .then(unfrom)
            .otherwise(bare)
        )
    # (the body one is from, a name before it: not the particle of "von der Leyen")
    bare = (
        pl.when(
            bare.str.replace(r"\s+(?:vom\s+\S+|von\s+(?:der|dem|den)\s+\S+\s+\S+).*$", "")
            .str.contains(_NAMES_SOMEONE)
            .fill_null(False)
        )
        .then(bare.str.replace(r"\s+(?:vom\s+\S+|von\s+(?:der|dem|den)\s+\S+\s+\S+).*$", ""))
        .otherwise(bare)
    )
    return (
        pl.when(bare.str.contains(_NAMES_SOMEONE))
        .then(bare)
        .otherwise(bare.str.replace(r",\s+[^,]+$", ""))
    )


def _first_name_pairs(texts: pl.DataFrame) -> pl.DataFrame:
    """Each first name of ``data/names.toml`` in ``texts`` (``article_id, text``) with the
    capitalised word after it, a surname: ``article_id, _first, _word`` ("Oleh", "Senzow" of
    "der Filmemacher Oleh Senzow"; by a join of each word with the next, not a pattern of all
    first names)."""
    return (
        texts.select_seq("article_id", pl.col("text").str.split(" ").alias("_first"))
        .explode("_first")
        .with_columns_seq(
            pl.col("_first").str.strip_chars(),
            pl.col("_first")
            .shift(-1)
            .over("article_id")
            .str.strip_chars(' \n\t.,;:!?)“”"»«')
            .alias("_word"),
        )
        .filter(
            pl.col("_first").is_in(_name_series()["first"])
            & pl.col("_word").str.contains(_latin(r"^\p{Lu}"))
        )
    )


def _found_in(paragraphs: pl.DataFrame, articles: pl.DataFrame, pattern: str) -> pl.DataFrame:
    """Every match of ``pattern`` in the paragraphs of ``articles``: ``article_id, _rn``."""
    return (
        paragraphs.join(articles, on="article_id", how="semi")
        .select_seq("article_id", pl.col("text").str.extract_all(pattern).alias("_rn"))
        .explode("_rn")
        .drop_nulls("_rn")
    )


def _epithets_back(q: pl.DataFrame, paragraphs: pl.DataFrame, m: pl.DataFrame) -> pl.DataFrame:
    """After :func:`_resolve_pronouns`: an epithet whose person was found by name is that
    person (``_epithet`` keeps the epithet, written in brackets after the name at the end of
    :func:`_quotes`); any other gets its words and its span back (``_epithet`` null).

    The name must stand in the epithet's paragraph or the one before, with no other name
    between (outside quote marks; a person of the lexicon too): in "... sagte Blinken. / Der
    frühere Präsident ..., Dmitri Medwedew, legte nach. „…“, schrieb der 57-Jährige" the
    57-year-old is not Blinken, in "Putin traf Lawrow. „…“, sagte der 70-Jährige" no one is
    found; and an actor of the lexicon it names must fit the epithet ("der Franzose" is not
    Putin).
    """
    # (a role that a pronoun took up, "Der Oberbefehlshaber hatte eingeräumt, ... . ..., schrieb
    # er": an epithet too, for the holder of the role, see _role_holder)
    late_role, late_noun = _role_epithet(pl.col("speaker"), pl.col("_art_roles"))
    late = (pl.col("_epithet").is_null() & late_role).fill_null(False)
    q = q.with_columns_seq(
        pl.when(late).then(pl.col(c)).otherwise(pl.col(e)).alias(e)
        for c, e in (
            ("speaker", "_epithet"),
            ("speaker", "_epi_spk"),
            ("_sp_p", "_epi_p"),
            ("_sp_s", "_epi_s"),
        )
    ).with_columns_seq(
        pl.when(late)
        .then(late_noun.str.to_lowercase().str.replace_all("-", ""))
        .otherwise(pl.col("_epi_role"))
        .alias("_epi_role")
    )
    # (and a role epithet that a pronoun took up with its words: "„…“, sagte der Oberst. Er
    # erinnerte an ... . „…“")
    epi_role, epi_noun = _role_epithet(pl.col("_epithet"), pl.col("_art_roles"))
    q = q.with_columns_seq(
        pl.when(
            pl.col("_epi_role").is_null()
            & epi_role.fill_null(False)
            # (not a nation's or a party's: "die Belgierin", "der CSU-Politiker")
            & ~pl.col("_epithet").str.contains(_EPITHET).fill_null(False)
        )
        .then(epi_noun.str.to_lowercase().str.replace_all("-", ""))
        .otherwise(pl.col("_epi_role"))
        .alias("_epi_role")
    )
    # (and an epithet that took up a role as the subject before it: in "... antwortete der
    # Kremlsprecher. „…“, sagte der 57-Jährige" the 57-year-old holds that role)
    took_role, took_noun = _role_epithet(
        pl.col("speaker").str.replace(_PLACE_AT_END, ""), pl.col("_art_roles")
    )
    q = q.with_columns_seq(
        pl.when(
            pl.col("_epi_role").is_null()
            & pl.col("_epithet").is_not_null()
            & took_role.fill_null(False)
            & pl.col("_epithet").str.contains(_EPITHET).fill_null(False)
        )
        .then(took_noun.str.to_lowercase().str.replace_all("-", ""))
        .otherwise(pl.col("_epi_role"))
        .alias("_epi_role")
    )
    # (where one comes from aside too, "Senator Dale X aus Ohio": searched only in the rows
    # with "aus", the patterns cost time on every row)
    from_named = (
        q.filter(pl.col("speaker").str.contains(" aus ", literal=True).fill_null(False))
        .filter(_name_part(pl.col("speaker"), origin=True).str.contains(_NAMES_SOMEONE))
        .get_column("_q")
    )
    named = (
        pl.col("_epithet").is_not_null()
        & ~pl.col("speaker").is_in(_PRONOUNS)
        # (a place or an occasion after the name aside: "Medwedew bei einem Treffen"; and a
        # role in apposition after it: "Oberst X, Sprecher der Übergangsregierung")
        & (
            _name_part(pl.col("speaker")).str.contains(_NAMES_SOMEONE)
            | pl.col("_q").is_in(from_named.implode())
        )
    ).fill_null(False)
    names = _names()
    first_names = _name_series()["first"]
    # (the surnames the article gives with a first name: "Senzow" of "der Filmemacher Oleh
    # Senzow"; each word with the one after it, by a join, not a pattern of all first names)
    surnames_first = (
        _first_name_pairs(
            paragraphs.join(
                q.filter(named).select_seq("article_id").unique(), on="article_id", how="semi"
            )
        )
        .select_seq("article_id", "_word", "_first")
        .unique()
    )
    surnames = surnames_first.select_seq("article_id", "_word").unique()
    # (the last of them to open a sentence between the name and the epithet names the one the
    # epithet stands for: see _subject_between)
    nearer = _subject_between(_epithet_spans(q, named, paragraphs), surnames, paragraphs)
    q = (
        q.join(nearer, on="_q", how="left")
        .with_columns_seq(
            pl.coalesce(f"_n{c}", c).cast(q.schema[c]).alias(c)
            for c in ("speaker", "_sp_p", "_sp_s")
        )
        .drop("_nspeaker", "_n_sp_p", "_n_sp_s")
    )
    # (or another name of the role: "der Kremlchef" for "der russische Präsident X", "der
    # Regierungschef" for "Ministerpräsident X", "der Diplomat" for "der Botschafter X")
    # (a noun made of an adjective has its strong ending before a name: "der Vorsitzende" for
    # "Vorsitzender X", "der Abgeordnete" for "Abgeordneter X"; the roles are patterns)
    roles = (
        pl.col("_epi_role")
        .replace_strict(_ROLE_SYNONYMS, default=pl.col("_epi_role"), return_dtype=pl.String)
        .str.replace(r"^(\p{Ll}+e)$", "${1}r?")
    )
    # (... or the role stands before the name elsewhere in the article: "sagte Medwedew. ...
    # fügte der Kremlchef hinzu" after "der russische Präsident Dmitri Medwedew")
    named_articles = q.filter(named).select_seq("article_id").unique()
    # (the role: the first word of a match, in lower case, with no hyphen; the words of a
    # name: each capitalised word)
    role = (
        pl.col("_rn")
        .str.extract(_latin(r"^([\p{L}-]+)"))
        .str.to_lowercase()
        .str.replace_all("-", "")
        .alias("_role")
    )
    name_words = _latin(r"\p{Lu}[\p{L}\p{M}'’-]+")

    def roles_of_names(pattern: str, names: pl.Expr) -> pl.DataFrame:
        """Each match of ``pattern`` as its ``_role`` with each word of its name (``names``, a
        list of words): ``article_id, _role, _surname``."""
        return (
            _found_in(paragraphs, named_articles, pattern)
            .select_seq("article_id", role, names.alias("_surname"))
            .explode("_surname")
            .drop_nulls("_surname")
        )

    # (the name's last word, its surname; and its first where the last is an East Asian given
    # name, which comes after the surname: "Verteidigungsminister Lin Tsung-hsien ... sagte
    # Lin"; not a body's genitive between)
    name_parts = (
        pl.col("_rn")
        .str.replace(_latin(r"^(\S+)\s+(?:der|des)\s+\p{Lu}[\p{L}-]+"), "$1")
        .str.extract_all(name_words)
        .list.slice(1)
    )
    final_word = pl.col("_rn").str.extract(r"(\S+)$")
    role_names = roles_of_names(
        _CARRIED_ROLE_BEFORE_NAME,
        pl.when(final_word.str.contains(_latin(r"^\p{Lu}\p{Ll}+-\p{Ll}+$")))
        .then(pl.concat_list(name_parts.list.first(), final_word))
        .otherwise(pl.concat_list(final_word)),
    )
    # (and the role of a body with the name in apposition, as the compound of the two: "der
    # Sprecher des Kremls, Dmitri Peskow" for "der Kremlsprecher", with or without the joining
    # "s": "der Sprecher der Regierung, X" for "der Regierungssprecher")
    of_body = _found_in(paragraphs, named_articles, _ROLE_OF_BODY_NAME).select_seq(
        "article_id",
        pl.col("_rn").str.extract(r"^(\S+)").str.to_lowercase().alias("_head"),
        pl.col("_rn")
        .str.extract(_latin(r"(\p{L}+?)(?:e?s)?\s*(?:\([^()]*\))?\s*,"))
        .str.to_lowercase()
        .alias("_body"),
        pl.col("_rn").str.extract(r"(\S+)$").alias("_surname"),
    )
    # (and a role with a description and the name in apposition: "Der zuständige
    # EU-Kommissar, der Österreicher Florian X" for "der Kommissar")
    role_described = roles_of_names(
        _ROLE_DESCRIBED_NAME,
        pl.col("_rn")
        .str.extract_groups(_ROLE_DESCRIBED_NAME)
        .struct.field("name")
        .str.extract_all(name_words),
    )
    role_names = pl.concat(
        [
            role_names,
            role_described,
            *(
                of_body.select_seq(
                    "article_id",
                    (pl.col("_body") + pl.lit(joint) + pl.col("_head")).alias("_role"),
                    "_surname",
                )
                for joint in ("", "s")
            ),
        ]
    ).drop_nulls("_role")
    # (the epithets of roles that found a name, with the role's other names)
    with_role = q.filter(named & pl.col("_epi_role").is_not_null()).with_columns_seq(
        roles.alias("_roles")
    )
    carried_before = (
        with_role.select_seq(
            "_q",
            "article_id",
            "_roles",
            _name_part(pl.col("speaker"))
            .str.extract(_latin(r"(\p{Lu}[\p{L}\p{M}'’-]+)$"))
            .alias("_surname"),
        )
        .join(role_names, on=["article_id", "_surname"])
        .filter(_holds_role(pl.col("_role"), pl.col("_roles")))
        .get_column("_q")
    )
    found = _epithet_spans(q, named, paragraphs)
    # (a name: a first name and a capitalised word, a name in apposition, or three capitalised
    # words, a role and a name; not "der Münchner Sicherheitskonferenz")
    found = found.with_columns_seq(
        # (a quote that closes a sentence leaves its end: "sagte: „… Hinweise.“ Washington
        # sei ..., so der Brigadegeneral" is a sentence before)
        pl.col("_between")
        .str.replace_all(r"„[^„“]*[.!?]“\s|»[^»«]*[.!?]«\s", ". ")
        .str.replace_all(_QUOTED_PART, "")
        # (the name's own apposition, a role of a body, names no rival: "erklärte Mariam X,
        # Landesdirektorin des Hilfswerks Humanitas International.")
        .str.replace(
            _latin(r"^,\s+\p{Lu}\p{Ll}+\s+(?:des|der|von|vom)\s+[^.;:!?„“»«,]*([.,])"), "$1"
        )
        .alias("_between")
    ).join(q.select_seq("_q", "article_id", "_epithet"), on="_q")
    persons = m.filter(pl.col("actor_kind") == "person").select_seq("article_id", "match").unique()

    def other_gender(first: pl.Expr) -> pl.Expr:
        """Whether ``first`` is a first name only of the other gender than the epithet's
        ("Peter" for "die 40-Jährige", "Petra" for "der 40-Jährige")."""
        article = pl.col("_epithet").str.extract(r"^([Dd](?:ie|er))\s")
        return _other_gender(article, first).fill_null(False)

    crowded = (
        found.join(persons, on="article_id")
        .filter(
            pl.col("_between").str.contains(pl.col("match"), literal=True)
            & ~pl.col("speaker").str.contains(pl.col("match"), literal=True)
            # (a person of the other gender does not crowd the epithet: "die 29-Jährige"
            # after "Noa Sabag ..., deren Bruder aus dem Kibbuz Nir Oz verschleppt wurde")
            & ~other_gender(pl.col("match").str.extract(r"^(\S+)"))
        )
        .get_column("_q")
    )
    # (... and a surname the article gives with a first name, "Senzow, der ..., gab sich
    # kämpferisch" after "der Filmemacher Oleh Senzow", where it was not taken above)
    named_elsewhere = (
        found.select_seq(
            "_q",
            "article_id",
            "speaker",
            pl.col("_between").str.extract_all(_latin(r"\p{Lu}[\p{L}\p{M}'’-]*")).alias("_word"),
        )
        .explode("_word")
        .join(surnames_first, on=["article_id", "_word"])
        .join(q.select_seq("_q", "_epithet"), on="_q")
        .filter(
            ~pl.col("speaker").str.contains(pl.col("_word"), literal=True)
            # (a person of the other gender does not crowd the epithet: "die 40-Jährige"
            # after "Anna Berg nach einem Treffen mit Peter Klein")
            & ~other_gender(pl.col("_first"))
        )
        .get_column("_q")
        .unique()
    )
    # (a role epithet that the name found carries is not crowded by persons between whose
    # roles the article gives and who carry none of its names: "sagte Medwedew bei einem
    # Treffen mit Verteidigungsminister Anatoli Serdjukow ... fügte der Kremlchef hinzu")
    between = (
        found.join(q.select_seq("_q", roles.alias("_roles")), on="_q")
        .filter(pl.col("_q").is_in(carried_before.implode()))
        .select_seq(
            "_q",
            "article_id",
            "_roles",
            pl.col("_between").str.extract_all(_latin(r"\p{Lu}[\p{L}\p{M}'’-]*")).alias("_surname"),
        )
        .explode("_surname")
        .join(
            pl.concat(
                [
                    surnames.rename({"_word": "_surname"}),
                    persons.select_seq(
                        "article_id", pl.col("match").str.extract(r"(\S+)$").alias("_surname")
                    ),
                ]
            ).unique(),
            on=["article_id", "_surname"],
        )
        .join(role_names, on=["article_id", "_surname"], how="left")
        .with_columns_seq(_holds_role(pl.col("_role"), pl.col("_roles")).alias("_rival"))
    )
    # (each person between with a role, none of them the epithet's)
    unrivalled = (
        between.group_by("_q")
        .agg(
            pl.col("_role").is_not_null().all().alias("_known"),
            pl.col("_rival").fill_null(False).any().alias("_any"),
        )
        .filter(pl.col("_known") & ~pl.col("_any"))
        .get_column("_q")
    )
    crowded = pl.concat([crowded, named_elsewhere])
    crowded = crowded.filter(~crowded.is_in(unrivalled.implode()))
    # (the actors the name gives, which must fit the epithet)
    spans = found.select_seq(
        "_q", "_sp_p", pl.col("_from").alias("_sp_e"), "_epithet", "speaker"
    ).with_columns_seq((pl.col("_sp_e") - pl.col("speaker").str.len_chars()).alias("_sp_s"))
    misfit = _misfits(spans, m)
    found = found.filter(
        ~pl.col("_q").is_in(crowded.implode()) & ~pl.col("_q").is_in(misfit.implode())
    )
    # (an article or a preposition opens no name: "Im Brüsseler Abkommen")
    unopened = pl.col("_between").str.replace_all(
        r"\b(?:Im|In|Am|An|Auf|Aus|Bei|Beim|Mit|Nach|Von|Vom|Zum|Zur|Für|Über|Unter|Der|Die|Das|"
        r"Den|Dem|Des|Ein|Eine|Einem|Einen|Einer|Eines)\s",
        " ",
    )
    # a first name and a capitalised word between, a name (by a join of each word with the
    # next, not a pattern of all first names); a person of the other gender is no rival, and
    # is left out of the text the patterns below look at: "die 40-Jährige" after "Anna Berg
    # nach einem Treffen mit Peter Klein", "die 29-Jährige" past "dem Kibbuz Nir Oz"
    words = (
        found.filter(pl.col("_between").is_not_null())
        .select_seq("_q", "_epithet", "speaker", unopened.str.split(" ").alias("_word"))
        .explode("_word")
        .with_columns_seq(
            pl.col("_word").shift(-1).over("_q").alias("_next"),
            pl.col("_word").str.strip_chars_start('(„“"»«‚‘').alias("_bare"),
        )
        .with_columns_seq(
            (
                pl.col("_bare").is_in(first_names)
                & pl.col("_next").str.contains(_latin(r"^\p{Lu}")).fill_null(False)
                # (the name found with its first name is no rival: "Ex-General Brandt: „…“ /
                # ... Generalleutnant a. D. Reinhard Brandt ... sagte der 64-Jährige")
                & ~pl.col("speaker")
                .str.contains(pl.col("_next").str.strip_chars(' ,.;:!?)“”"»«'), literal=True)
                .fill_null(False)
            ).alias("_first"),
            other_gender(pl.col("_bare")).alias("_other"),
        )
        .with_columns_seq(
            (pl.col("_first") & pl.col("_other")).alias("_drop"),
        )
        .with_columns_seq(
            (pl.col("_drop") | pl.col("_drop").shift(1).over("_q").fill_null(False)).alias("_drop")
        )
    )
    named_between = words.filter(pl.col("_first") & ~pl.col("_other")).get_column("_q")
    # (an adjective of the lexicon, capitalised in a name, opens no person's name: "in
    # Richtung Europäische Union" is no role with a name)
    adjectives = word_tags().filter(pl.col("tag") == "ADJA").get_column("form")
    rivals_text = (
        words.filter(~pl.col("_drop"))
        .with_columns_seq(
            pl.when(pl.col("_bare").is_in(adjectives.implode()))
            .then(pl.lit("x"))
            .otherwise(pl.col("_word"))
            .alias("_word")
        )
        .group_by("_q")
        .agg(pl.col("_word").str.join(" ").alias("_rivals"))
    )
    near = (
        found.filter(pl.col("_between").is_not_null())
        .join(rivals_text, on="_q", how="left")
        .filter(
            (
                ~pl.col("_q").is_in(named_between.implode())
                & ~pl.col("_rivals")
                .fill_null("")
                .str.contains(
                    r",\s+\p{Lu}[\p{L}-]+\s+\p{Lu}[\p{L}-]+,|"
                    r"\p{Lu}[\p{L}-]+\s+\p{Lu}[\p{L}-]+\s+\p{Lu}[\p{L}-]+"
                )
            )
            # (names between with other roles: see unrivalled)
            | pl.col("_q").is_in(unrivalled.implode())
        )
        .get_column("_q")
    )
    # (a name that ends in a common noun is a subject found too long: "Trainer Stefan Leitl
    # Gespräche" in "hat Trainer Stefan Leitl Gespräche mit Hannover 96 eingeräumt"; but
    # "Joschka Fischer", a first name before it)
    tags = word_tags()
    nouns = tags.filter(pl.col("tag").is_in(["NN", "NNS"])).join(
        tags.filter(pl.col("tag") == "NE"), on="form", how="anti"
    )
    # (the name part of the speaker: a column of ``q`` where these are evaluated, below)
    bare = pl.col("_nbare")
    # (nor a surname alone that the article gives with a first name: "Mario Kellner ... .
    # Kellner ließ offen, ... . „…“, sagte der 56-Jährige")
    last = bare.str.extract(r"(\S+)$")
    # (particles between do not hide the first name: "Pieter van der Linden")
    unparticled = bare.str.replace_all(
        r"\s(?:van|von|de|der|den|di|da|del|della|dos|du|la|le|ter|ten|zu|zur)\b", ""
    )
    common_end = (
        last.is_in(nouns.get_column("form").implode())
        & ~unparticled.str.extract(r"(\S+)\s+\S+$").is_in(_name_series()["first"]).fill_null(False)
        & ~(
            (bare == last)
            & (pl.col("_ng").list.contains(last + ":m") | pl.col("_ng").list.contains(last + ":f"))
        ).fill_null(False)
    )
    # (a role, "der Minister", only for a name that carries it: "Außenminister Sergej Lawrow";
    # in "Scholz traf Macron. „…“, sagte der Präsident" Scholz is not the president)
    # (a former role is a description, which the name need not carry: "Die frühere estnische
    # Regierungschefin" for "EU-Außenbeauftragte Kaja Kallas")
    former = pl.col("_epithet").str.contains(
        # (after an age too: "der 56-jährige frühere Universitätsprofessor")
        _latin(
            r"^\S+\s+(?:[\p{Ll}\d-]+\s+)*(?:frühere|ehemalige|einstige|vormalige|langjährige)[rn]?\s"
        )
    )
    # (or a role no one is given in the article before the epithet, for a name found with no
    # other person between: "Deutlicher wurde Tamar X, Mitglied des Sicherheitskabinetts. „…“,
    # sagte die Ministerin"; "Skeptischer ist ihr Kollege Levan X. ..., argumentiert der
    # Politologe")
    # (the role alone, with no name after it, in the sentence right before the name found or
    # in its own sentence before it, is that one's: a trial's report names "der Angeklagte"
    # first, "hat der Angeklagte Stellung genommen. Der 66-jährige Werner F. wies ... zurück")
    before_epithet = (
        pl.when(pl.col("_p") == pl.col("_epi_p"))
        .then(pl.col("text").str.slice(0, pl.col("_epi_s")))
        .otherwise(pl.col("text"))
    )
    introduced = (
        pl.when(pl.col("_p") == pl.col("_sp_p"))
        .then(
            pl.col("text")
            .str.slice(0, pl.col("_sp_s"))
            .str.replace(r"(?:[^.!?]*[.!?]\s+)?[^.!?]*$", "")
            + " "
            + before_epithet.str.slice(pl.col("_sp_s"))
        )
        .otherwise(before_epithet)
    )
    role_seen = (
        with_role.select_seq(
            "_q",
            "article_id",
            "_roles",
            pl.col("_epi_p").cast(pl.Int64),
            pl.col("_epi_s").cast(pl.Int64),
            pl.col("_sp_p").cast(pl.Int64),
            pl.col("_sp_s").cast(pl.Int64),
        )
        .join(
            paragraphs.select_seq("article_id", pl.col("_p").cast(pl.Int64), "text"),
            on="article_id",
        )
        .filter(pl.col("_p") <= pl.col("_epi_p"))
        .filter(
            # (the role's singular: not "die Abgeordneten" in the plenary)
            before_epithet.str.to_lowercase()
            .str.replace_all("-", "")
            .str.contains(pl.lit("(?:") + pl.col("_roles") + pl.lit(r")(?:in|s)?\b"))
            & (
                # (a role given to someone by name)
                before_epithet.str.replace_all("-", "").str.contains(
                    pl.lit("(?i:") + pl.col("_roles") + pl.lit(r")(?:in|s)?\s+\p{Lu}")
                )
                | introduced.str.to_lowercase()
                .str.replace_all("-", "")
                .str.contains(pl.lit("(?:") + pl.col("_roles") + pl.lit(r")(?:in|s)?\b"))
            )
        )
        .get_column("_q")
        .unique()
    )

    # (the name found alone, no role of its own: not "der Sohn, Bernhard Bogner" for "Der
    # Staatsanwalt"; in a sentence before the epithet's: not "Auf die Frage, ob Putin ...,
    # sagte der Jurist"; not one of a list: "Smart Fortwo oder Audi A2 hatten laut X")
    def with_text(key: str) -> pl.DataFrame:
        """``found`` with the text of the paragraph in its column ``key``."""
        return found.join(
            paragraphs.select_seq("article_id", pl.col("_p").cast(pl.Int64).alias(key), "text"),
            on=["article_id", key],
        )

    listed = (
        with_text("_sp_p")
        .filter(
            pl.col("text")
            .str.slice(0, (pl.col("_from") - pl.col("speaker").str.len_chars()).clip(0))
            .str.contains(r"(?:\b(?:und|oder|sowie|wie)|,)\s*$")
        )
        .get_column("_q")
    )
    # (nor one the epithet's sentence answers: "„…“, sagte Scholz. Dem widersprach der
    # Oppositionsführer")
    before_sentence = found.filter(
        pl.col("_between").str.contains(r"[.!?]\s")
        & ~(
            pl.col("_between").str.contains(_latin(r"^\s+(?:und|oder|sowie)\s+\p{Lu}"))
            # (a name, not the body one is from: "X von der Stiftung Wissenschaft und Politik")
            & (_name_part(pl.col("speaker")) == pl.col("speaker"))
        )
        & ~pl.col("_q").is_in(listed.implode())
        & ~pl.col("_between")
        .str.extract(r"[.!?]\s+([^.!?]*)$")
        .str.contains(
            r"\b(?:widersprach|widersprachen|widerspricht|entgegnete|entgegnet|antwortete|"
            r"antwortet|konterte|kontert|erwiderte|erwidert|dagegen|hingegen|reagierte|reagiert)\b"
        )
        .fill_null(False)
    ).get_column("_q")
    # (nor one the epithet's own sentence names beside it: "Der Ermittler ... will nach dem
    # Abschluss des Falls Demjanjuk ...: „…“" is not Demjanjuk)
    named_again = (
        with_text("_epi_p")
        .filter(
            pl.col("text")
            .str.slice(pl.col("_epi_s"))
            .str.extract(r"^([^.!?„“»«]*)", 1)
            .str.contains(
                pl.lit(r"\b")
                + _name_part(pl.col("speaker")).str.extract(r"(\S+)$").str.escape_regex()
                + pl.lit(r"\b")
            )
            .fill_null(False)
        )
        .get_column("_q")
    )
    # (and no role word of its own first: not "Kanzler Olaf Scholz" for "der Präsident")
    # (an article and adjectives before the name aside: "Der 66-jährige Werner F.", "Der
    # frühere Richter Hans Kurz")
    without_article = pl.col("_nbare").str.replace(r"^[Dd](?:er|ie)\s+(?:\S+e\s+)*(\p{Lu})", "$1")
    own_role = pl.any_horizontal(
        is_role(word)
        for word in (
            pl.col("_nbare").str.extract(r"^(\S+)"),
            without_article.str.extract(r"^(\S+)"),
            # (a noun of an adjective right after the article: "Der Angeklagte Martin X")
            pl.col("_nbare").str.extract(r"^[Dd](?:er|ie)\s+(\S+)"),
        )
        for is_role in (
            _masculine_role,
            lambda word: word.str.contains(_FEMININE_ROLE),
            lambda word: word.str.contains(_ROLE_WORD_ALONE),
        )
    ).fill_null(False)
    unseen_role = (
        ~pl.col("_q").is_in(role_seen.implode())
        & ~own_role
        & ~pl.col("_q").is_in(named_again.implode())
        & pl.col("_q").is_in(before_sentence.implode())
        & without_article
        # (a colleague of the one named before is no role: "ihr Kollege Levan X")
        .str.replace(r"^(?:[Ss]ein|[Ii]hr)e?\s+(?:Amts)?[Kk]olleg(?:e|in)\s+", "")
        # (also with a surname's initial: "Werner F.")
        .str.contains(
            _latin(r"^\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,2}(?:\s+\p{Lu}\.)?$")
        )
        .fill_null(False)
    )
    # (or a profession or a rank, which a person of another office has too, where no one is
    # given it before: "Der Osteuropa-Experte X ... sagte der Politologe", "KFOR-Kommandeur X
    # ... sagte der italienische Generalmajor"; not a rank for one of another rank)
    epi_rank = pl.col("_epi_role").str.contains(_latin(_RANK))
    described = (
        (pl.col("_epi_role").str.contains(_DESCRIPTION_ROLE) | epi_rank)
        & ~(
            epi_rank
            & pl.col("_nbare")
            .str.replace(r"^[Dd](?:er|ie)\s+(?:\S+e\s+)*", "")
            .str.extract(r"^(\S+)")
            .str.contains(_latin(_RANK))
        )
        & ~pl.col("_q").is_in(role_seen.implode())
        & ~pl.col("_q").is_in(named_again.implode())
        & pl.col("_q").is_in(before_sentence.implode())
    ).fill_null(False)
    # (a role of a nation's, "der ukrainische Präsident", is carried by a person whom the
    # lexicon gives that nation: Selenskyj)
    with_nation = q.filter(
        pl.col("_epi_role").is_not_null() & pl.col("_epi_spk").is_not_null() & named
    )
    epithet_side = _mentions_in(
        with_nation.select_seq(
            "_q",
            pl.col("_epi_p").cast(pl.Int64).alias("_sp_p"),
            pl.col("_epi_s").cast(pl.Int64).alias("_sp_s"),
            (pl.col("_epi_s") + pl.col("_epi_spk").str.len_chars()).cast(pl.Int64).alias("_sp_e"),
        ),
        m,
    ).filter(pl.col("actor_kind") != "person")
    name_side = _mentions_in(
        with_nation.select_seq(
            "_q",
            pl.col("_sp_p").cast(pl.Int64),
            pl.col("_sp_s").cast(pl.Int64),
            (pl.col("_sp_s") + pl.col("speaker").str.len_chars()).cast(pl.Int64).alias("_sp_e"),
        ),
        m,
    ).filter(pl.col("actor_kind") == "person")
    national = (
        epithet_side.select_seq("_q", "side")
        .join(name_side.select_seq("_q", "side"), on=["_q", "side"])
        .get_column("_q")
    )
    # (and by none of another state: "der ukrainische Präsident" is not Macron)
    foreign = (
        epithet_side.filter(pl.col("side").is_in(_STATE_SIDES))
        .select_seq("_q", "side")
        .join(
            name_side.filter(pl.col("side").is_in(_STATE_SIDES)).select_seq(
                "_q", pl.col("side").alias("_name_side")
            ),
            on="_q",
        )
        .filter(pl.col("side") != pl.col("_name_side"))
        .get_column("_q")
    )
    carries = (
        pl.col("_epi_role").is_null()
        | former
        | described
        | pl.col("_q").is_in(national.implode())
        | pl.col("speaker")
        .str.to_lowercase()
        .str.replace_all("-", "")
        .str.contains(pl.lit("(?:") + roles + pl.lit(r")(?:\s|,|$)"))
        | pl.col("_q").is_in(carried_before.implode())
        | unseen_role
        # (one who speaks for a foreign ministry is a diplomat: "Die offizielle Vertreterin des
        # Außenministeriums X" for "die Diplomatin")
        | (
            pl.col("_epi_role").str.contains(r"^diplomat(?:in)?$")
            & pl.col("speaker").str.contains(r"(?i)außenministeri|außenamt|auswärtigen\s+amt")
        )
    ) & ~pl.col("_q").is_in(foreign.implode())
    # (the name's gender must not contradict the epithet's: "die 32-Jährige" is not "Ehemann
    # Michael Fassbender")
    gender = _gender(pl.col("speaker"))
    masculine = rf"\b{_alternatives(names['first_m'])}\b"
    feminine = rf"\b{_alternatives(names['first_f'])}\b"
    wants_f = pl.col("_epithet").str.contains(r"^[Dd]ie\s")
    # (a surname that is a first name too says nothing after a given name, "Fenja Lorenz ...
    # sagte die Schauspielerin"; but it does after a noun, "Ehemann Michael")
    before_last = pl.col("speaker").str.extract(r"(\S+)\s+\S+$")
    given = (
        pl.when(
            before_last.str.contains(_latin(r"^\p{Lu}\p{Ll}"))
            & ~before_last.is_in(_lexicon_nouns())
            & ~_has_word(before_last.str.to_lowercase(), _ROLE_NOUN)
        )
        .then(pl.col("speaker").str.replace(r"\s*\S+$", ""))
        .otherwise(pl.col("speaker"))
    )
    # (a surname alone that is a first name too says what the article's own first name for it
    # says: "Miriam Oswald ... Oswald jubelte. „…“, sagte die 41-Jährige")
    last_word = pl.col("speaker").str.extract(_latin(r"(\p{Lu}[\p{L}\p{M}'’-]*)$"))
    own = (
        pl.when(
            ~pl.col("speaker").str.contains(r"\s") & pl.col("_ng").list.contains(last_word + ":f")
        )
        .then(pl.lit("f"))
        .when(
            ~pl.col("speaker").str.contains(r"\s") & pl.col("_ng").list.contains(last_word + ":m")
        )
        .then(pl.lit("m"))
    )
    contradicts = (
        pl.when(own.is_not_null())
        .then(pl.when(wants_f).then(own == "m").otherwise(own == "f"))
        .when(wants_f)
        .then(
            gender.is_in(["m", "n"])
            | (given.str.contains(masculine) & ~given.str.contains(feminine))
        )
        .otherwise(
            gender.is_in(["f", "n", "p"])
            | (given.str.contains(feminine) & ~given.str.contains(masculine))
        )
    ).fill_null(False)
    # (... unless a mark ends the name: "sagte Nationalrätin Priska Seiler Graf. Die
    # Zürcherin verlangt ...", a double surname whose last word is a noun too)
    ended = found.filter(pl.col("_between").str.contains(r"^\s*[.!?,;:]")).get_column("_q")
    named = (
        named
        & ~contradicts
        & pl.col("_q").is_in(near.implode())
        & ~(common_end & ~pl.col("_q").is_in(ended.implode())).fill_null(False)
        & carries.fill_null(False)
    )
    back = pl.col("_epithet").is_not_null() & ~named
    q = _with_shared(
        q.with_columns_seq(_name_part(pl.col("speaker")).alias("_nbare")),
        named.alias("_named"),
        back.alias("_back"),
    ).drop("_nbare")
    # (a role no name found carries: the one person the article names with it before, "der
    # General" for "Generalleutnant X" when a reporter's question stands between)
    holder = _role_holder(
        q,
        roles,
        paragraphs,
        m.filter(pl.col("actor_kind") == "person").select_seq("article_id", "match"),
    )
    q = q.join(holder, on="_q", how="left")
    held = pl.col("_back") & pl.col("_hspeaker").is_not_null()
    named = pl.col("_named") | held
    back = pl.col("_back") & ~held
    return (
        _with_shared(
            q,
            # (the holder found, else the epithet's own words back, else the name found)
            *(
                pl.when(held)
                .then(pl.col(h).cast(q.schema[c]))
                .when(back)
                .then(pl.col(e))
                .otherwise(pl.col(c))
                .alias(c)
                for c, h, e in (
                    ("speaker", "_hspeaker", "_epi_spk"),
                    ("_sp_p", "_h_sp_p", "_epi_p"),
                    ("_sp_s", "_h_sp_s", "_epi_s"),
                )
            ),
            pl.when(named).then(pl.col("_epithet")).alias("_epithet"),
            pl.when(named).then(pl.col("_epi_p")).alias("_epi_p"),
            pl.when(named).then(pl.col("_epi_s")).alias("_epi_s"),
        )
        .with_columns_seq((pl.col("_sp_s") + pl.col("speaker").str.len_chars()).alias("_sp_e"))
        .drop("_epi_spk", "_epi_role", "_named", "_back", "_hspeaker", "_h_sp_p", "_h_sp_s")
    )


def _epithet_copies(q: pl.DataFrame) -> pl.DataFrame:
    """After :func:`_epithets_back`: a quote that took over an epithet from a quote before it
    (a pronoun taking it up, "previous sentence"), with the epithet's words and place, gets the
    person that epithet was found to stand for. The copy was made before the epithets were
    read: in "Minister Hans Maier dankte. „…“, sagte der CDU-Politiker. Zugleich räumte er
    ein, ... . „…“" both quotes are Maier's, not the second "der CDU-Politiker".

    Examples
    --------
    >>> import analysis_kit as ak
    >>> corpus = ak.load(pl.DataFrame({"text": [
    ...     "Minister Hans Maier dankte den Soldaten. „Sie haben viel geleistet“, sagte der "
    ...     "CDU-Politiker. Zugleich räumte er ein, dass nicht alle erreicht worden seien. "
    ...     "„Jeder ist einer zu viel“, sagte er."]}))
    >>> quotes(corpus).get_column("speaker").to_list()
    ['Minister Hans Maier (der CDU-Politiker)', 'Minister Hans Maier (der CDU-Politiker)']
    """
    found = _epithets_found(q, "_sp_p", "_sp_s")
    if found.height == 0:
        return q
    q = q.join(found, on=["_sp_p", "_sp_s"], how="left", maintain_order="left")
    copy = (
        pl.col("_epithet").is_null()
        & pl.col("_c_spk").is_not_null()
        & (pl.col("speaker") == pl.col("_c_epi"))
    ).fill_null(False)
    return _speaker_taken_up(q, copy, epithet="_c_epi", speaker="_c_spk", sp_p="_c_p", sp_s="_c_s")


def _pronoun_chains(q: pl.DataFrame, paragraphs: pl.DataFrame) -> pl.DataFrame:
    """A pronoun stands for the one the same pronoun stood for just before it, where it was
    resolved to someone named before that one: in "Die Autorin zeigte sich bewegt. „…“, sagte
    sie. „…“ Den Preis widmete sie ihrer Großmutter, „…“" every "sie" is the author's, not
    the juror's named before her.

    A quote whose speaker was *er* or *sie* (where it stood: ``_pron_p``, ``_pron_s``) takes
    the speaker of the last quote before it with the same pronoun in the same paragraph,
    where the person its own pronoun was resolved to is named before that pronoun (nothing
    between the two pronouns named a new one), the two verbs agree in number, and no
    sentence between opens with "Der" or "Die" (a new subject that may be the one meant).

    Examples
    --------
    >>> import analysis_kit as ak
    >>> corpus = ak.load(pl.DataFrame({"text": [
    ...     "Die Schriftstellerin Mira Oberhauser erhält den Preis. Jurysprecherin Dorota Hahn "
    ...     "lobte sie.\\n\\nDie Autorin zeigte sich bewegt. „Ich habe nicht damit gerechnet“, "
    ...     "sagte sie. Den Preis widmete sie ihrer Großmutter, „die mir alles erzählt hat“."]}))
    >>> quotes(corpus).get_column("speaker").to_list()
    ['Mira Oberhauser (Die Autorin)', 'Mira Oberhauser (Die Autorin)']
    """
    wanted = ("speaker", "_sp_p", "_sp_s", "_epithet", "_epi_p", "_epi_s", "_epi_shown")
    columns = [c for c in wanted if c in q.columns]
    plural = pl.col("cue").str.contains(r"^\p{Ll}+(?:en|ten)$").fill_null(False)
    texts = paragraphs.select_seq(pl.col("_p").cast(pl.Int64).alias("_pron_p"), "text")
    for _ in range(3):
        heads = q.filter(pl.col("_pron").is_not_null() & pl.col("speaker").is_not_null())
        if heads.height < 2:
            return q
        pairs = (
            # (one taken up by an epithet of its own, "Die Jurysprecherin widersprach. „…“,
            # sagte sie", is that epithet's)
            heads.filter(pl.col("_pron_epithet").is_null())
            .select_seq(
                "_q",
                "article_id",
                "_pron",
                "_pron_p",
                "_pron_s",
                "speaker",
                "_sp_p",
                "_sp_s",
                plural.alias("_plural"),
            )
            .join(
                heads.select_seq(
                    pl.col("_q").alias("_pq"),
                    "article_id",
                    "_pron",
                    "_pron_p",
                    pl.col("_pron_s").alias("_ps"),
                    plural.alias("_pplural"),
                    *[pl.col(c).alias(f"_c{c}") for c in columns],
                ),
                on=["article_id", "_pron", "_pron_p"],
            )
            .filter(
                (pl.col("_pq") < pl.col("_q"))
                & (pl.col("_ps") < pl.col("_pron_s"))
                & (pl.col("_plural") == pl.col("_pplural"))
            )
            .sort("_q", "_ps", "_pq")
            .unique("_q", keep="last", maintain_order=True)
            .join(texts, on="_pron_p")
            .filter(
                (pl.col("speaker") != pl.col("_cspeaker"))
                & ~pl.col("_cspeaker").is_in(_PRONOUNS)
                & (
                    (pl.col("_sp_p").cast(pl.Int64) < pl.col("_pron_p"))
                    | (
                        (pl.col("_sp_p").cast(pl.Int64) == pl.col("_pron_p"))
                        & (pl.col("_sp_s").cast(pl.Int64) < pl.col("_ps"))
                    )
                )
                & ~pl.col("text")
                .str.slice(pl.col("_ps"), (pl.col("_pron_s") - pl.col("_ps")).clip(0))
                .str.contains(r"[.!?][“”\"«»]?\s*(?:Der|Die)\s")
            )
            .select_seq("_q", *[f"_c{c}" for c in columns])
        )
        if pairs.is_empty():
            return q
        q = (
            q.join(pairs, on="_q", how="left", maintain_order="left")
            .with_columns_seq(
                pl.when(pl.col("_cspeaker").is_not_null())
                .then(pl.col(f"_c{c}"))
                .otherwise(pl.col(c))
                .cast(q.schema[c])
                .alias(c)
                for c in columns
            )
            .drop(f"_c{c}" for c in columns)
            .with_columns_seq((pl.col("_sp_s") + pl.col("speaker").str.len_chars()).alias("_sp_e"))
        )
    return q


def _other_gender(article: pl.Expr, first: pl.Expr) -> pl.Expr:
    """Whether ``first`` is a first name of one gender only, the other than an epithet's
    ``article`` shows ("der" or "die", in either case): "Peter" for "die 40-Jährige", "Petra"
    for "der 40-Jährige"; a first name of both genders or of none fits either.

    Examples
    --------
    >>> frame = pl.DataFrame({"a": ["die", "Der", "die"], "f": ["Peter", "Peter", "Anna"]})
    >>> frame.select(_other_gender(pl.col("a"), pl.col("f"))).to_series().to_list()
    [True, False, False]
    """
    names = _name_series()
    article = article.str.to_lowercase()
    return ((article == "die") & first.is_in(names["first_m_only"])) | (
        (article == "der") & first.is_in(names["first_f_only"])
    )


def _article_roles(paragraphs: pl.DataFrame) -> pl.DataFrame:
    """The nouns each article puts right before a man's first name and a surname, as a title
    ("Kreisbrandinspektor Jürgen Fuchs", "Verhandlungsführer Dariusz Kowalczyk"): roles,
    whether or not ``_MASCULINE_ROLE`` knows them (``article_id``, ``_art_roles``: lower case,
    no hyphen).

    Examples
    --------
    >>> frame = pl.DataFrame({"article_id": ["a"], "text": [
    ...     "Kreisbrandinspektor Jürgen Fuchs-Eberhardt kam. Laut Peter Berg brannte es."]})
    >>> _article_roles(frame)["_art_roles"].to_list()
    [['kreisbrandinspektor']]
    """
    # (and with a capitalised word before, which the first search takes as the title:
    # "Freiburgs Kapitän Jonas Weber")
    pairs = pl.concat(
        [
            paragraphs.select_seq("article_id", pl.col("text").str.extract_all(pattern).alias("_m"))
            .explode("_m")
            .drop_nulls("_m")
            .with_columns_seq(pl.col("_m").str.extract_groups(pattern).alias("_g"))
            .select_seq(
                "article_id",
                pl.col("_g").struct.field("1").alias("_title"),
                pl.col("_g").struct.field("2").alias("_first"),
            )
            for pattern in (_TITLE_BEFORE_NAME, _WORD_TITLE_BEFORE_NAME)
        ]
    )
    names = _name_series()
    return (
        pairs.filter(
            pl.col("_first").is_in(names["first_m"])
            & ~pl.col("_first").is_in(names["first_f_only"])
            & ~pl.col("_title").is_in(names["first"])
            # (a word that opens a sentence before a name is no title: "Laut Peter X")
            & ~pl.col("_title").str.to_lowercase().is_in(_NOT_TITLES)
        )
        .group_by("article_id", maintain_order=True)
        .agg(
            pl.col("_title")
            .str.to_lowercase()
            .str.replace_all("-", "")
            .unique()
            .alias("_art_roles")
        )
    )


#: A capitalised noun right before a first name and a surname (group 1 the noun, group 2
#: the first name): "Kreisbrandinspektor Jürgen Fuchs".
_TITLE_BEFORE_NAME = r"(\p{Lu}\p{Ll}[\p{L}-]*\p{Ll})\s+(\p{Lu}\p{Ll}+)\s+\p{Lu}\p{Ll}"
#: The same after another capitalised word ("Freiburgs Kapitän Jonas Weber").
_WORD_TITLE_BEFORE_NAME = r"\p{Lu}[\p{L}-]*\s+" + _TITLE_BEFORE_NAME
#: Words that open a sentence or a phrase before a name, no title ("Laut Peter X sei ...").
_NOT_TITLES = [
    "laut",
    "auch",
    "dass",
    "wie",
    "als",
    "denn",
    "nach",
    "mit",
    "für",
    "bei",
    "von",
    "gegen",
    "unter",
    "neben",
    "ohne",
    "durch",
    "über",
    "vor",
    "seit",
    "während",
    "trotz",
    "wegen",
    "dann",
    "doch",
    "aber",
    "und",
    "oder",
    "sowohl",
    "weder",
    "zudem",
    "dabei",
    "damit",
    "zwar",
    "nur",
    "selbst",
    "sogar",
    "schon",
    "noch",
    "heute",
    "gestern",
    "morgen",
    "jetzt",
    "nun",
    "so",
    "ob",
    "wenn",
    "weil",
    "obwohl",
    "nachdem",
    "bevor",
    "sondern",
]


def _epithets_found(q: pl.DataFrame, p: str, s: str) -> pl.DataFrame:
    """Where each epithet found to stand for a name stood (columns ``p`` and ``s``), with that
    name and where it stands (``_c_spk``, ``_c_p``, ``_c_s``) and the epithet (``_c_epi``): see
    :func:`_epithet_copies` and :func:`_epithet_chains`."""
    return (
        q.filter(pl.col("_epithet").is_not_null() & pl.col("_epi_p").is_not_null())
        .select_seq(
            pl.col("_epi_p").alias(p),
            pl.col("_epi_s").alias(s),
            pl.col("speaker").alias("_c_spk"),
            pl.col("_sp_p").alias("_c_p"),
            pl.col("_sp_s").alias("_c_s"),
            pl.col("_epithet").alias("_c_epi"),
        )
        .unique([p, s])
    )


def _misfits(spans: pl.DataFrame, m: pl.DataFrame) -> pl.Series:
    """The ``_q`` of ``spans`` (``_q, _sp_p, _sp_s, _sp_e, _epithet, speaker``) whose name an
    actor of the lexicon gives that does not fit the epithet: "der Franzose" is not Putin, "der
    SPD-Politiker" not Rutte, "der Kremlchef" Russia's. Only the person counts, not the body of
    a role before the name in apposition ("Die Präsidentin der UN-Generalversammlung, Anna
    Berg" for "die Grünen-Politikerin"), nor one where the lexicon knows the person."""
    # (the name in apposition: after the speaker's last comma)
    head = pl.col("speaker").str.extract(r"^(.*,\s+)\S").str.len_chars().fill_null(0)
    spans = spans.with_columns_seq((pl.col("_sp_s") + head.cast(pl.Int64)).alias("_sp_s"))
    return (
        _mentions_in(spans, m)
        .filter(
            (pl.col("actor_kind") == "person")
            | ~(pl.col("actor_kind") == "person").any().over("_q")
        )
        .filter(
            ~_nationality_fits(pl.col("_epithet"), pl.col("side"))
            | ~_party_fits(pl.col("_epithet"), pl.col("side"))
            | (pl.col("_epithet").str.contains(r"(?i)kremlchef") & (pl.col("side") != "Russia"))
        )
        .get_column("_q")
    )


#: An age epithet that stands for a person: "der 61-Jährige", "die 49-Jährige" (group 1: the
#: article, group 2: the age), also with a time or a place after it that is no part of it
#: ("der 61-Jährige in der vergangenen Woche").
_AGE_EPITHET = r"^([Dd](?:er|ie))\s+(\d{1,3})-Jährige(?:\s+\p{Ll}.*)?$"
#: A person named with an age: "der 61-jährige Reinhard Obermaier", "der 61 Jahre alte Reinhard
#: Obermaier", "Reinhard Obermaier (61)", "Reinhard Obermaier, 61," (groups ``age`` and ``name``,
#: or ``name2`` and ``age2`` / ``age3``; the name two or three capitalised words).
_AGED_NAME = (
    r"\b(?P<age>\d{1,3})(?:-jährige[nr]?|\s+Jahre\s+alte[nr]?)\s+"
    r"(?P<name>\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2})"
    r"|(?P<name2>\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2})"
    r"(?:\s*\((?P<age2>\d{1,3})\)|,\s+(?P<age3>\d{1,3}),)"
)


def _ages_back(q: pl.DataFrame, paragraphs: pl.DataFrame) -> pl.DataFrame:
    r"""After :func:`_epithet_chains`: an age epithet no name was found for ("der 61-Jährige")
    stands for the one person the article names with that age before it ("Der 61-jährige
    Reinhard Obermaier", "Reinhard Obermaier (61)"), however far back: an age tells persons
    apart as a name does. The name opens with a first name of ``data/names.toml`` whose gender
    does not contradict the epithet's article; two persons of that age, or none, leave the
    epithet as it is.

    Examples
    --------
    >>> import analysis_kit as ak
    >>> corpus = ak.load(pl.DataFrame({"text": [
    ...     "Der 61-jährige Reinhard Obermaier habe Anleger betrogen, befand das Gericht.\n\n"
    ...     "Die Verteidigung will in Revision gehen.\n\nDas Urteil ist nicht rechtskräftig."
    ...     "\n\n„Ich habe Fehler gemacht“, sagte der 61-Jährige."]}))
    >>> quotes(corpus).get_column("speaker").to_list()
    ['Reinhard Obermaier (der 61-Jährige)']
    """
    aged = (
        pl.col("_epithet").is_null()
        & pl.col("_sp_p").is_not_null()
        & pl.col("speaker").str.contains(_AGE_EPITHET)
    ).fill_null(False)
    todo = q.filter(aged)
    if todo.height == 0:
        return q
    persons = (
        paragraphs.join(todo.select_seq("article_id").unique(), on="article_id", how="semi")
        .select_seq(
            "article_id",
            "_p",
            "text",
            pl.col("text").str.extract_all(_AGED_NAME).alias("_m"),
        )
        .explode("_m")
        .drop_nulls("_m")
        .with_columns_seq(pl.col("_m").str.extract_groups(f"^(?:{_AGED_NAME})$").alias("_g"))
        .select_seq(
            "article_id",
            "_p",
            "text",
            "_m",
            pl.coalesce(
                pl.col("_g").struct.field("age"),
                pl.col("_g").struct.field("age2"),
                pl.col("_g").struct.field("age3"),
            ).alias("_age"),
            pl.coalesce(pl.col("_g").struct.field("name"), pl.col("_g").struct.field("name2"))
            .str.split(" ")
            .alias("_words"),
        )
        # (the name opens with a first name, the words before it are none of it: "Der
        # Angeklagte Reinhard Obermaier, 61,")
        .with_columns_seq(
            pl.when(pl.col("_words").list.get(0).is_in(_name_series()["first"]))
            .then(pl.col("_words"))
            .when(
                (pl.col("_words").list.len() == 3)
                & pl.col("_words").list.get(1).is_in(_name_series()["first"])
            )
            .then(pl.col("_words").list.slice(1))
            .alias("_words")
        )
        .drop_nulls("_words")
        .select_seq(
            "article_id",
            pl.col("_p").alias("_a_p"),
            "_age",
            pl.col("_words").list.get(0).alias("_first"),
            pl.col("_words").list.join(" ").alias("_a_spk"),
            _start_in(pl.col("text"), pl.col("_m"), pl.col("_words").list.join(" "))
            .cast(pl.Int64)
            .alias("_a_s"),
        )
    )
    epithet = pl.col("speaker").str.extract_groups(_AGE_EPITHET)
    candidates = (
        todo.select_seq(
            "_q",
            "article_id",
            "_sp_p",
            "_sp_s",
            epithet.struct.field("1").str.to_lowercase().alias("_article"),
            epithet.struct.field("2").alias("_age"),
        )
        .join(persons, on=["article_id", "_age"])
        # (named before the epithet)
        .filter(
            (pl.col("_a_p") < pl.col("_sp_p"))
            | ((pl.col("_a_p") == pl.col("_sp_p")) & (pl.col("_a_s") < pl.col("_sp_s")))
        )
        # (of the epithet's gender, as far as the first name shows it)
        .filter(~_other_gender(pl.col("_article"), pl.col("_first")))
    )
    # (one person of that age, named once or more: the first time it is named)
    one = (
        candidates.filter(pl.col("_a_spk").n_unique().over("_q") == 1)
        .sort("_q", "_a_p", "_a_s")
        .unique("_q", keep="first")
        .select_seq("_q", "_a_spk", "_a_p", "_a_s", pl.lit(None, pl.String).alias("_a_epi"))
    )
    if one.height == 0:
        return q
    q = q.join(one, on="_q", how="left", maintain_order="left").with_columns_seq(
        pl.when(pl.col("_a_spk").is_not_null())
        .then(pl.col("speaker").str.extract(r"^(\S+\s+\d{1,3}-Jährige)"))
        .alias("_a_epi")
    )
    return _speaker_taken_up(
        q,
        pl.col("_a_spk").is_not_null(),
        epithet="_a_epi",
        speaker="_a_spk",
        sp_p="_a_p",
        sp_s="_a_s",
    )


#: A sentence (group ``sent``, no quote marks in it) and an epithet that opens the next one
#: (group ``epi``): "Katharina Lechner hat gewonnen. Die 23-jährige Tirolerin ...", "... den
#: Bauunternehmer Reinhard Obermaier verurteilt. Der 61-Jährige ..." (see
#: :func:`_introduced_epithets_back`).
_INTRODUCED_EPITHET = (
    r"(?P<sent>[^.!?„“»«]+[.!?])\s+(?P<epi>[Dd](?:er|ie)\s+(?:\p{Ll}[\p{L}-]*e\s+)*"
    r"(?:\d{1,3}-[Jj]ährige\s+)?(?:\d{1,3}-[Jj]ährige|\p{Lu}[\p{L}-]*))(?:\s|[.,;:!?])"
)
#: Capitalised words in a row, a name among them ("Bauunternehmer Reinhard Obermaier-Kiesl").
_CAPITALISED_RUN = (
    r"\p{Lu}[\p{L}\p{M}'’-]+(?:\s+(?:(?:von|van|de|der|zu|al|el)\s+)?\p{Lu}[\p{L}\p{M}'’-]+){1,3}"
)


def _introduced_epithets_back(q: pl.DataFrame, paragraphs: pl.DataFrame) -> pl.DataFrame:
    r"""After :func:`_ages_back`: an epithet no name was found for ("die Tirolerin", "der
    61-Jährige") stands for the person the article introduced it for, however far back: the
    one person named in the sentence right before the epithet's first use as the subject
    that opens a sentence ("Katharina Lechner hat gewonnen. Die 23-jährige Tirolerin ..." gives
    "die Tirolerin" and "die 23-Jährige" to Lechner). The name opens with a first name of
    ``data/names.toml`` whose gender does not contradict the epithet's article; an epithet
    introduced for two persons, or two persons in that sentence, leave it as it is.

    Examples
    --------
    >>> import analysis_kit as ak
    >>> corpus = ak.load(pl.DataFrame({"text": [
    ...     "Katharina Lechner hat den Slalom gewonnen. Die 23-jährige Tirolerin lag vorn.\n\n"
    ...     "„Danke“, sagte Trainer Max Bauer.\n\n„Heute wird gefeiert“, sagte die Tirolerin."]}))
    >>> quotes(corpus).get_column("speaker").to_list()
    ['Trainer Max Bauer', 'Katharina Lechner (die Tirolerin)']
    """
    # (also one that :func:`_epithets_back` took for the nearest name: the introduction
    # tells whom the article means, in "Das Gericht verurteilte Reinhard Obermaier. Der
    # 61-Jährige schwieg. / Richter Max Gruber sprach. / „…“, sagte der 61-Jährige" not the
    # judge)
    resolved = pl.col("_epithet").is_not_null()
    head = (
        pl.coalesce("_epithet", "speaker")
        .str.replace(_PLACE_AT_END, "")
        .str.replace(_EPITHET_ORIGIN, "")
    )
    todo = q.filter(
        (
            pl.col("_sp_p").is_not_null()
            & (~resolved | pl.col("_epi_p").is_not_null())
            & head.str.contains(_EPITHET)
        ).fill_null(False)
    )
    if todo.height == 0:
        return q
    wanted = todo.select_seq(
        "_q",
        "article_id",
        pl.when(resolved)
        .then(pl.col("_epi_p"))
        .otherwise(pl.col("_sp_p"))
        .cast(pl.Int64)
        .alias("_sp_p"),
        pl.when(resolved)
        .then(pl.col("_epi_s"))
        .otherwise(pl.col("_sp_s"))
        .cast(pl.Int64)
        .alias("_sp_s"),
        head.str.extract(r"^(\S+)").str.to_lowercase().alias("_article"),
        head.str.extract(r"(\S+)$").str.to_lowercase().alias("_key"),
    )
    first = _name_series()["first"]
    found = (
        paragraphs.join(todo.select_seq("article_id").unique(), on="article_id", how="semi")
        .select_seq(
            "article_id",
            pl.col("_p").cast(pl.Int64),
            "text",
            pl.col("text").str.extract_all(_INTRODUCED_EPITHET).alias("_m"),
        )
        .explode("_m")
        .drop_nulls("_m")
        .with_columns_seq(
            pl.col("_m").str.extract_groups(_INTRODUCED_EPITHET).alias("_g"),
        )
        .with_columns_seq(
            pl.col("_g").struct.field("sent").alias("_sent"),
            pl.col("_g").struct.field("epi").alias("_epi"),
        )
        # (the epithet's words that take it up later: its noun, and its age)
        .with_columns_seq(
            pl.concat_list(
                pl.col("_epi").str.extract(r"(\S+)$").str.to_lowercase(),
                pl.col("_epi").str.extract(r"(\d{1,3}-[Jj]ährige)").str.to_lowercase(),
            )
            .list.drop_nulls()
            .list.unique()
            .alias("_key"),
            pl.col("_sent").str.extract_all(_latin(_CAPITALISED_RUN)).alias("_run"),
        )
        .explode("_run")
        .drop_nulls("_run")
        .with_columns_seq(pl.col("_run").str.split(" ").alias("_words"))
        # (the name from its first name on: "Bauunternehmer Reinhard Obermaier-Kiesl")
        .with_columns_seq(
            pl.col("_words").list.eval(pl.element().is_in(first)).list.arg_max().alias("_at_first"),
            pl.col("_words").list.eval(pl.element().is_in(first)).list.any().alias("_has"),
        )
        .filter(pl.col("_has") & (pl.col("_words").list.len() > pl.col("_at_first") + 1))
        .with_columns_seq(
            pl.col("_words").list.slice(pl.col("_at_first")).alias("_words"),
        )
        .select_seq(
            "article_id",
            "_p",
            "_key",
            pl.col("_words").list.first().alias("_first"),
            pl.col("_words").list.join(" ").alias("_i_spk"),
            (
                _start_in(pl.col("text"), pl.col("_m"))
                + _start_in(pl.col("_m"), pl.col("_sent"), pl.col("_words").list.join(" "))
            )
            .cast(pl.Int64)
            .alias("_i_s"),
            # (where the epithet stands, which must come before the quote's)
            (_start_in(pl.col("text"), pl.col("_m")) + _start_in(pl.col("_m"), pl.col("_epi")))
            .cast(pl.Int64)
            .alias("_e_s"),
            pl.col("_epi").str.extract(r"^(\S+)").str.to_lowercase().alias("_e_article"),
        )
        .explode("_key")
    )
    # (one person of the epithet's gender in the sentence before, as far as the first name
    # shows it)
    fits = ~_other_gender(pl.col("_e_article"), pl.col("_first"))
    found = found.filter(fits).filter(
        pl.col("_i_spk").n_unique().over("article_id", "_p", "_e_s") == 1
    )
    candidates = (
        wanted.join(found, on=["article_id", "_key"])
        .filter(pl.col("_article") == pl.col("_e_article"))
        .filter(
            (pl.col("_p") < pl.col("_sp_p"))
            | ((pl.col("_p") == pl.col("_sp_p")) & (pl.col("_e_s") <= pl.col("_sp_s")))
        )
    )
    one = (
        candidates.filter(pl.col("_i_spk").n_unique().over("_q") == 1)
        .sort("_q", "_p", "_i_s")
        .unique("_q", keep="first")
        .select_seq("_q", "_i_spk", pl.col("_p").alias("_i_p"), "_i_s")
    )
    if one.height == 0:
        return q
    # (an epithet taken for another name goes back to its own words and place first)
    q = q.join(one, on="_q", how="left", maintain_order="left")
    back = (pl.col("_i_spk").is_not_null() & resolved).fill_null(False)
    take = (pl.col("_i_spk").is_not_null() & (~resolved | back)).fill_null(False)
    q = q.with_columns_seq(
        pl.when(back).then(pl.col("_epithet")).otherwise(pl.col("speaker")).alias("speaker"),
        pl.when(back).then(pl.col("_epi_p")).otherwise(pl.col("_sp_p")).alias("_sp_p"),
        pl.when(back).then(pl.col("_epi_s")).otherwise(pl.col("_sp_s")).alias("_sp_s"),
        pl.when(back).then(None).otherwise(pl.col("_epithet")).alias("_epithet"),
    ).with_columns_seq(pl.when(take).then(pl.col("speaker")).alias("_i_epi"))
    return _speaker_taken_up(
        q,
        pl.col("_i_epi").is_not_null(),
        epithet="_i_epi",
        speaker="_i_spk",
        sp_p="_i_p",
        sp_s="_i_s",
    )


def _epithet_chains(q: pl.DataFrame, m: pl.DataFrame) -> pl.DataFrame:
    r"""After :func:`_epithet_copies`: an epithet found to stand for another quote's epithet,
    which was found to stand for a name, stands for that name too. The epithets were read
    together, so the later one found the earlier one's words: in "Die Präsidentin der
    Versammlung, Anna Berg, eröffnete die Sitzung. Dann sagte die frühere Ministerin: „…“ / Die
    Grünen-Politikerin betonte, sie sei „…“" both quotes are Berg's.

    Examples
    --------
    >>> import analysis_kit as ak
    >>> corpus = ak.load(pl.DataFrame({"text": [
    ...     "Die Präsidentin der UN-Generalversammlung, Anna Berg, eröffnete die Sitzung. Dann "
    ...     "sagte die frühere Ministerin: „Wir bleiben dran.“\n\nDie Grünen-Politikerin "
    ...     "betonte, die Versammlung sei „die Stimme der Welt“."]}))
    >>> quotes(corpus).get_column("speaker").to_list()[1]
    'Die Präsidentin der UN-Generalversammlung, Anna Berg (Die Grünen-Politikerin)'
    """
    found = _epithets_found(q, "_res_p", "_res_s").drop("_c_epi")
    if found.height == 0 or q.filter(pl.col("_res_p").is_not_null()).height == 0:
        return q.drop("_res_p", "_res_s")
    q = q.join(found, on=["_res_p", "_res_s"], how="left", maintain_order="left").drop(
        "_res_p", "_res_s"
    )
    chained = (pl.col("_epithet").is_null() & pl.col("_c_spk").is_not_null()).fill_null(False)
    # (the name must fit this epithet too: "der SPD-Politiker" is not Rutte, whom "der
    # Generalsekretär" before stood for)
    misfit = _misfits(
        q.filter(chained).select_seq(
            "_q",
            pl.col("_c_p").cast(pl.Int64).alias("_sp_p"),
            pl.col("_c_s").cast(pl.Int64).alias("_sp_s"),
            (pl.col("_c_s") + pl.col("_c_spk").str.len_chars()).cast(pl.Int64).alias("_sp_e"),
            pl.col("speaker").alias("_epithet"),
            pl.col("_c_spk").alias("speaker"),
        ),
        m,
    )
    chained = chained & ~pl.col("_q").is_in(misfit.implode())
    return _speaker_taken_up(
        q.with_columns_seq(pl.col("speaker").alias("_c_epi")),
        chained,
        epithet="_c_epi",
        speaker="_c_spk",
        sp_p="_c_p",
        sp_s="_c_s",
    )


#: A person by a noun with the definite article, as a speaker that may take up an unnamed
#: person before it: "der Mann", "die Frau", "der Mediziner", "der Diplomat" (group 1: the
#: article, group 2: the noun).
_PERSON_AGAIN = rf"^([Dd](?:er|ie))\s+(?:{_ADJ}\s+)*(\p{{Lu}}\p{{Ll}}+)$"
#: ... and an unnamed person: an indefinite article and a noun ("Ein Bewohner der Stadt", "Ein
#: Arzt des örtlichen Krankenhauses", "einem EU-Diplomaten"; group 1: the article, group 2: the
#: noun).
_UNNAMED_PERSON = rf"^([Ee]in(?:e[mr]?)?)\s+(?:{_ADJ}\s+)*(\p{{Lu}}[\p{{L}}-]*)(?:\s|,|$)"
#: Officers by their command or rank (see ``_PERSON_AGAIN_NOUNS``).
_OFFICERS = (
    "offizier|kommandeur|kompaniechef|bataillonschef|kommandant|hauptmann|major|oberst|leutnant|"
    "general|admiral|kapitän"
)
#: The nouns of ``_PERSON_AGAIN`` that take up a person of another noun: "der Mann" any man,
#: "der Mediziner" a doctor.
_PERSON_AGAIN_NOUNS = {
    "mann": ".*",
    "frau": ".*",
    "mediziner": "arzt|mediziner|chirurg|notarzt",
    "medizinerin": "ärztin|medizinerin|chirurgin|notärztin",
    # (an officer of any command or rank: "der Offizier" for "Ein Kompaniechef")
    "offizier": _OFFICERS,
    "offizierin": _OFFICERS,
    "diplomat": "diplomat|botschafter|gesandte|unterhändler",
    "diplomatin": "diplomatin|botschafterin|gesandte|unterhändlerin",
}


def _unnamed_taken_up(q: pl.DataFrame) -> pl.DataFrame:
    """A person by a noun with the definite article (``_PERSON_AGAIN``: "der Mann", "der
    Mediziner"), a speaker no name was found for, takes up the unnamed person
    (``_UNNAMED_PERSON``) the quote before it (in its paragraph or the one before) is given to,
    or else the subject of the sentence before it in its paragraph: in "Ein Bewohner der Stadt
    sagte, die Rede sei „…“. „…“, sagte der Mann" the speaker is "Ein Bewohner der Stadt (der
    Mann)". The noun must fit: "der Mann" and "die Frau" fit any person of their gender, a noun
    the person's own noun holds fits it ("der Diplomat" for "einem EU-Diplomaten"), "der
    Mediziner" a doctor; the article shows the gender ("der" for "Ein", "die" for "Eine").

    Examples
    --------
    >>> import analysis_kit as ak
    >>> corpus = ak.load(pl.DataFrame({"text": [
    ...     "Ein Bewohner der Stadt sagte, die Rede sei „eine Enttäuschung“. „Wir wollen "
    ...     "Freiheit“, sagte der Mann."]}))
    >>> quotes(corpus).get_column("speaker").to_list()
    ['Ein Bewohner der Stadt', 'Ein Bewohner der Stadt (der Mann)']
    """
    again = (
        pl.col("speaker").str.contains(_PERSON_AGAIN)
        & pl.col("_epithet").is_null()
        & pl.col("_sp_p").is_not_null()
    ).fill_null(False)
    if not q.select_seq(again.any()).item():
        return q
    q = q.sort("_q")
    # (the speaker of the quote before, in the same paragraph)
    before = q.select_seq(
        "_q",
        pl.col("speaker").shift(1).over("article_id").alias("_a1"),
        pl.col("_sp_p").shift(1).over("article_id").alias("_a1p"),
        pl.col("_sp_s").shift(1).over("article_id").alias("_a1s"),
        # (or in the paragraph before: "..., sagte eine Sprecherin des Ministeriums. / ...
        # „…“, so die Sprecherin")
        (pl.col("_p") - pl.col("_p").shift(1).over("article_id")).is_between(0, 1).alias("_a1same"),
    )
    todo = q.filter(again).join(before, on="_q", how="left")
    prev = _subject(
        todo, "_prev_text", (pl.col("_prev_p") == pl.col("_p")).fill_null(False)
    ).select_seq("_q", pl.col("_xspk").alias("_a2"), pl.col("_xoff").alias("_a2off"))
    todo = todo.join(prev, on="_q", how="left")
    unnamed_1 = pl.col("_a1same").fill_null(False) & pl.col("_a1").str.contains(_UNNAMED_PERSON)
    antecedent = (
        pl.when(unnamed_1)
        .then(
            pl.struct(
                s=pl.col("_a1"), p=pl.col("_a1p").cast(pl.Int64), o=pl.col("_a1s").cast(pl.Int64)
            )
        )
        .when(pl.col("_a2").str.contains(_UNNAMED_PERSON).fill_null(False))
        .then(
            pl.struct(
                s=pl.col("_a2"),
                p=pl.col("_p").cast(pl.Int64),
                o=(pl.col("_prev_start") + pl.col("_a2off")).cast(pl.Int64),
            )
        )
        .alias("_ante")
    )
    todo = todo.with_columns_seq(antecedent).filter(pl.col("_ante").is_not_null())
    article = pl.col("speaker").str.extract(_PERSON_AGAIN, 1).str.to_lowercase()
    noun = pl.col("speaker").str.extract(_PERSON_AGAIN, 2).str.to_lowercase()
    ante = pl.col("_ante").struct.field("s")
    ante_article = ante.str.extract(_UNNAMED_PERSON, 1).str.to_lowercase()
    ante_noun = ante.str.extract(_UNNAMED_PERSON, 2).str.to_lowercase()
    fits = (
        # (the article's gender: "der" for "Ein", "Einem"; "die" for "Eine", "Einer")
        pl.when(article == "der")
        .then(ante_article.is_in(["ein", "einem"]))
        .otherwise(ante_article.is_in(["eine", "einer"]))
        & (
            ante_noun.str.contains(noun, literal=True)
            | ante_noun.str.contains(
                pl.lit("(?:")
                + noun.replace_strict(_PERSON_AGAIN_NOUNS, default="$^", return_dtype=pl.String)
                + pl.lit(")")
            )
        )
        & _person_like(ante)
    ).fill_null(False)
    found = todo.filter(fits).select_seq(
        "_q",
        pl.col("speaker").alias("_new_epithet"),
        ante.alias("_new_speaker"),
        pl.col("_ante").struct.field("p").alias("_new_p"),
        pl.col("_ante").struct.field("o").alias("_new_s"),
    )
    if found.is_empty():
        return q
    q = q.join(found, on="_q", how="left")
    hit = pl.col("_new_speaker").is_not_null()
    return _speaker_taken_up(
        q, hit, epithet="_new_epithet", speaker="_new_speaker", sp_p="_new_p", sp_s="_new_s"
    )


def _speaker_taken_up(
    q: pl.DataFrame, hit: pl.Expr, *, epithet: str, speaker: str, sp_p: str, sp_s: str
) -> pl.DataFrame:
    """Where ``hit`` holds, the speaker becomes the one in column ``speaker`` (at ``sp_p``,
    ``sp_s``), and the words it was given by (column ``epithet``) go in brackets after it
    (``_epithet``, where the speaker stood: ``_epi_p``, ``_epi_s``); the four columns are
    dropped."""
    return (
        _with_shared(
            q,
            pl.when(hit).then(pl.col(epithet)).otherwise(pl.col("_epithet")).alias("_epithet"),
            pl.when(hit).then(pl.col("_sp_p")).otherwise(pl.col("_epi_p")).alias("_epi_p"),
            pl.when(hit).then(pl.col("_sp_s")).otherwise(pl.col("_epi_s")).alias("_epi_s"),
            pl.when(hit).then(pl.col(speaker)).otherwise(pl.col("speaker")).alias("speaker"),
            pl.when(hit)
            .then(pl.col(sp_p).cast(q.schema["_sp_p"]))
            .otherwise(pl.col("_sp_p"))
            .alias("_sp_p"),
            pl.when(hit)
            .then(pl.col(sp_s).cast(q.schema["_sp_s"]))
            .otherwise(pl.col("_sp_s"))
            .alias("_sp_s"),
        )
        .with_columns_seq((pl.col("_sp_s") + pl.col("speaker").str.len_chars()).alias("_sp_e"))
        .drop(epithet, speaker, sp_p, sp_s)
    )


def _start_in(text: pl.Expr, match: pl.Expr, part: pl.Expr | None = None) -> pl.Expr:
    """Where ``part`` of ``match`` (or ``match`` itself) starts in ``text``, in characters:
    the first occurrence of each (``str.find`` counts bytes).

    Examples
    --------
    >>> frame = pl.DataFrame({"t": ["Große Worte von Oberst Anna Berg"], "m": ["Oberst Anna Berg"]})
    >>> frame.select(_start_in(pl.col("t"), pl.col("m"), pl.lit("Anna Berg"))).item()
    23
    """
    start = text.str.split_exact(match, 1).struct.field("field_0").str.len_chars()
    if part is None:
        return start
    return start + match.str.split_exact(part, 1).struct.field("field_0").str.len_chars()


def _holds_role(role: pl.Expr, roles: pl.Expr) -> pl.Expr:
    """Whether ``role`` (lower case, no hyphens: "usvizepräsident") is one of ``roles`` (a
    regex of alternatives: "präsident|staatschef") or a compound ending in one, and no deputy's
    role unless ``roles`` name a deputy: a "US-Vizepräsident" is not "der Präsident", but a
    "Vizeadmiral" is "der Admiral" when the ranks of "admiral" include "vizeadmiral"."""
    # (one pattern per row: a deputy's role is any with "vize", literal)
    return role.str.contains(pl.lit("(?:") + roles + pl.lit(")$")) & ~(
        role.str.contains("vize", literal=True) & ~roles.str.contains("vize", literal=True)
    )


def _role_holder(
    q: pl.DataFrame, roles: pl.Expr, paragraphs: pl.DataFrame, persons: pl.DataFrame
) -> pl.DataFrame:
    """The one person an article names with a role before a role epithet that found no name
    carrying it: ``_q, _hspeaker, _h_sp_p, _h_sp_s`` (the name without the role, and where it
    starts).

    The epithet is a role (``_epi_role``: "der General", "der Admiral", "die Sprecherin") and
    the speaker found for it instead (the subject of the sentence before, say) has no word of
    that role: in "Generalleutnant Wolf-Dieter Ankersmit sagte: „…“ / Ein Reporter wollte
    wissen, ob ... „…“, antwortete der General" the general is Ankersmit, not the reporter. The
    role stands right before the name (``_ROLE_BEFORE_NAME``, or one of its other names,
    ``_ROLE_SYNONYMS``: "Generalleutnant" for "der General") in the epithet's paragraph before
    it or in a paragraph before; with two persons of that role ("Außenminister X",
    "Verteidigungsminister Y" for "der Minister") no one is taken, unless only one of them
    stands in the epithet's paragraph. A name found instead must
    be given a role in the article ("Minister Boris Pistorius" for "der General"), be of the
    other gender or name no person (a place, "San Luca"): in "Ministerpräsident Ehud Olmert
    traf Rice. „…“, sagte der Regierungschef" Rice, whose role the article does not give, may
    be the one meant, and no one is taken.
    """
    # (the name part of the speaker found, once, as a column: four outputs name it)
    wanted = (
        q.filter(pl.col("_back") & pl.col("_epi_role").is_not_null())
        .with_columns_seq(_name_part(pl.col("speaker")).alias("_fbare"))
        .select_seq(
            "_q",
            "article_id",
            roles.alias("_roles"),
            pl.col("_epi_p").cast(pl.Int64),
            pl.col("_epi_s").cast(pl.Int64),
            pl.when(pl.col("_epithet").str.contains(r"^[Dd]ie\s"))
            .then(pl.lit("f"))
            .otherwise(pl.lit("m"))
            .alias("_wants"),
            # (of the name at its end: "Ihr Erster Offizier, Korvettenkapitän Malte X")
            _gender(pl.col("_fbare").str.extract(r"(\S+\s+\S+)$")).alias("_fgender"),
            pl.col("speaker").str.to_lowercase().str.replace_all("-", "").alias("_found"),
            (
                ~pl.col("speaker").is_in(_PRONOUNS)
                & pl.col("_fbare").str.contains(_NAMES_SOMEONE)
                # (not "Ein Reporter", "Der Reporter")
                & ~pl.col("speaker").str.contains(r"^[Ee]ine?[rm]?\s|^[Dd](?:er|ie|as)\s+\S+$")
            )
            .fill_null(False)
            .alias("_fname"),
            pl.col("_fbare").str.extract(_latin(r"(\p{Lu}[\p{L}\p{M}'’-]+)$")).alias("_fsurname"),
            "_fbare",
        )
    )
    # (someone found with no article and a word of the role is the one the epithet takes up:
    # "Ein russischer General sagte ... „…“, fügte der General hinzu")
    wanted = wanted.filter(
        ~(
            pl.col("_found").str.contains(pl.lit("(?:") + pl.col("_roles") + pl.lit(")"))
            & pl.col("_found").str.contains(r"^eine?[rm]?\s")
        ).fill_null(False)
    )
    if wanted.is_empty():
        return pl.DataFrame(
            schema=[
                ("_q", q.schema["_q"]),
                ("_hspeaker", pl.String),
                ("_h_sp_p", pl.Int64),
                ("_h_sp_s", pl.Int64),
            ]
        )
    texts = paragraphs.join(
        wanted.select_seq("article_id").unique(), on="article_id", how="semi"
    ).select_seq("article_id", pl.col("_p").cast(pl.Int64), "text")
    # (the role right before the name, "Generalleutnant Wolf-Dieter Ankersmit", or with its
    # article before the name in apposition, "Die Sprecherin des Außenministeriums, Maria
    # Sacharowa,", or after it: "Fregattenkapitän Jorinde Haselhorst, die Kommandantin")
    # (a former holder's role is "ex" and the role: "Der frühere russische Präsident Dmitri
    # Medwedew" is "der Ex-Präsident")
    before = (
        texts.with_columns_seq(
            pl.col("text").str.extract_all(_FORMER + _ROLE_BEFORE_NAME).alias("_rn")
        )
        .explode("_rn")
        .drop_nulls("_rn")
        .with_columns_seq(
            pl.col("_rn").str.contains(f"^{_FORMER_WORDS}").alias("_former"),
            pl.col("_rn").str.replace(f"^{_FORMER_WORDS}", ""),
        )
        .with_columns_seq(
            pl.when(pl.col("_former"))
            .then(pl.lit("Ex-") + pl.col("_rn").str.extract(r"^(\S+)"))
            .otherwise(pl.col("_rn").str.extract(r"^(\S+)"))
            .alias("_role"),
            pl.col("_rn")
            .str.replace(r"^\S+\s+", "")
            .str.replace(r"^(?:der|des)\s+\S+\s+", "")
            .alias("_hspeaker"),
        )
        .drop("_former")
        # (after a genitive, a name of two words: "Verteidigungsminister der Ukraine Ruslan X";
        # not the body's noun, "Generaldirektor der Internationalen Atomenergiebehörde")
        .filter(
            ~(
                pl.col("_rn").str.contains(r"^\S+\s+(?:der|des)\s")
                & ~pl.col("_hspeaker").str.contains(" ")
            )
        )
        # (a place or a country right after the name is its object, no part of it: "hat
        # Präsidentin Maia Sandu Russland ... vorgeworfen"; so is a common noun: "traf
        # US-Vizepräsident Tom Harris Soldaten"; but "Hans Peter Müller", "Hans Peter Koch")
        .with_columns_seq(
            pl.when(
                (pl.col("_hspeaker").str.count_matches(" ") >= 2)
                & (
                    pl.col("_hspeaker").str.extract(r"(\S+)$").is_in(_lexicon_names())
                    | pl.col("_hspeaker").str.extract(r"(\S+)$").is_in(_plain_nouns())
                )
                & ~pl.col("_hspeaker").str.extract(r"(\S+)\s+\S+$").is_in(_name_series()["first"])
            )
            .then(pl.col("_hspeaker").str.replace(r"\s+\S+$", ""))
            .otherwise(pl.col("_hspeaker"))
            .alias("_hspeaker")
        )
    )
    # (and a rank between the role and the name: "Armeesprecher Oberstleutnant Nadav Sharabi"
    # is an Oberstleutnant too)
    before = pl.concat(
        [
            before,
            before.filter(pl.col("_hspeaker").str.count_matches(" ") >= 2)
            .with_columns_seq(
                pl.col("_hspeaker").alias("_rn"),
                pl.col("_hspeaker").str.extract(r"^(\S+)").alias("_role"),
                pl.col("_hspeaker").str.replace(r"^\S+\s+", "").alias("_hspeaker"),
            )
            .filter(pl.col("_role").str.contains(_ROLE_WORD_ALONE)),
        ]
    )

    def in_apposition(pattern: str, role: int, name: int) -> pl.DataFrame:
        """The matches of ``pattern`` (``_rn``) with the groups of the role and the name."""
        return (
            texts.with_columns_seq(pl.col("text").str.extract_all(pattern).alias("_rn"))
            .explode("_rn")
            .drop_nulls("_rn")
            .with_columns_seq(
                pl.col("_rn").str.extract(pattern, role).alias("_role"),
                pl.col("_rn").str.extract(pattern, name).alias("_hspeaker"),
            )
        )

    holders = (
        pl.concat(
            [before, in_apposition(_ROLE_APPOSED, 1, 2), in_apposition(_NAME_APPOSED_ROLE, 2, 1)]
        )
        .select_seq(
            "article_id",
            "_p",
            pl.when(pl.col("_rn").str.contains(_ADMINISTRATION_HEAD))
            .then(
                pl.lit("militärverwaltungschef")
                + pl.col("_rn").str.extract(_ADMINISTRATION_HEAD).fill_null("")
            )
            .otherwise(pl.col("_role").str.to_lowercase().str.replace_all("-", ""))
            .alias("_role"),
            "_hspeaker",
            # (where the name starts, in characters)
            _start_in(pl.col("text"), pl.col("_rn"), pl.col("_hspeaker")).alias("_at"),
        )
        .with_columns_seq(pl.col("_hspeaker").str.extract(r"(\S+)$").alias("_surname"))
    )
    fits = _holds_role(pl.col("_role"), pl.col("_roles"))
    # (a name found instead is given a role in the article: another one, or the one of the
    # epithet, found here in apposition)
    has_role = (
        wanted.filter(pl.col("_fname"))
        .join(
            holders.select_seq("article_id", "_surname"),
            left_on=["article_id", "_fsurname"],
            right_on=["article_id", "_surname"],
        )
        .get_column("_q")
    )
    # (a person: one word, "Rice", or with a first name; not a place, "San Luca"; nor a
    # group, a bare plural or a common noun: "Laut X fanden Brandermittler ...")
    person = (
        ~pl.col("_fbare").str.contains(" ")
        & ~(_gender(pl.col("_fbare")) == "p")
        & ~pl.col("_fbare").is_in(_plain_nouns())
    ) | pl.col("_fbare").str.split(" ").list.eval(
        pl.element().is_in(_name_series()["first"])
    ).list.any()
    # (or of the other gender: "Ihr Erster Offizier, Korvettenkapitän Malte X" for "Die
    # Kommandantin")
    other_gender = pl.col("_fgender").is_in(["m", "f"]) & (pl.col("_fgender") != pl.col("_wants"))
    wanted = wanted.filter(
        ~pl.col("_fname")
        | ~person
        | other_gender.fill_null(False)
        | pl.col("_q").is_in(has_role.implode())
    )
    found = wanted.join(holders, on="article_id").filter(
        fits
        & (
            (pl.col("_p") < pl.col("_epi_p"))
            | ((pl.col("_p") == pl.col("_epi_p")) & (pl.col("_at") < pl.col("_epi_s")))
        )
    )
    # (with two persons of the role, the one in the epithet's own paragraph, where no other
    # stands there: "Paderborns Trainer X" paragraphs before "Aues Trainer Y ... schimpfte der
    # Coach")
    here = pl.col("_p") == pl.col("_epi_p")
    counts = found.group_by("_q").agg(
        pl.col("_surname").n_unique().alias("_n"),
        pl.col("_surname").filter(here).n_unique().alias("_nh"),
    )
    found = (
        pl.concat(
            [
                found.join(counts.filter(pl.col("_n") == 1).select_seq("_q"), on="_q"),
                found.join(
                    counts.filter((pl.col("_n") > 1) & (pl.col("_nh") == 1)).select_seq("_q"),
                    on="_q",
                ).filter(here),
            ]
        )
        .sort("_q", "_p", "_at")
        .unique("_q", keep="first", maintain_order=True)
    )
    # (no other person named between, outside quote marks: a person of the lexicon or a word
    # after a first name, unless the article gives them a role that is not the epithet's; in
    # "Ministerpräsident Ehud Olmert traf Rice. „…“, sagte der Regierungschef" Rice may be the
    # one meant)
    pieces = (
        found.select_seq(
            "_q", "article_id", "_p", "_at", "_hspeaker", "_surname", "_epi_p", "_epi_s"
        )
        .join(texts.rename({"_p": "_tp"}), on="article_id")
        .filter((pl.col("_tp") >= pl.col("_p")) & (pl.col("_tp") <= pl.col("_epi_p")))
        .with_columns_seq((pl.col("_at") + pl.col("_hspeaker").str.len_chars()).alias("_from"))
        .with_columns_seq(
            pl.when(pl.col("_tp") == pl.col("_p")).then(pl.col("_from")).otherwise(0).alias("_a"),
            pl.when(pl.col("_tp") == pl.col("_epi_p"))
            .then(pl.col("_epi_s"))
            .otherwise(pl.col("text").str.len_chars())
            .alias("_b"),
        )
        .with_columns_seq(
            pl.col("text")
            .str.slice(pl.col("_a"), (pl.col("_b") - pl.col("_a")).clip(0))
            .str.replace_all(_QUOTED_PART, "")
            .alias("_piece")
        )
    )
    # (a person of the other gender by the first name is none: "Korvettenkapitän Malte X"
    # between "Fregattenkapitän Jorinde Haselhorst" and "Die Kommandantin")
    surnames = pl.concat(
        [
            _first_name_pairs(texts).select_seq(
                "article_id",
                pl.col("_word").alias("_rival"),
                pl.when(
                    pl.col("_first").is_in(_name_series()["first_f"])
                    & ~pl.col("_first").is_in(_name_series()["first_m"])
                )
                .then(pl.lit("f"))
                .when(
                    pl.col("_first").is_in(_name_series()["first_m"])
                    & ~pl.col("_first").is_in(_name_series()["first_f"])
                )
                .then(pl.lit("m"))
                .alias("_rg"),
            ),
            persons.select_seq(
                "article_id", pl.col("match").alias("_rival"), pl.lit(None, pl.String).alias("_rg")
            ),
        ]
    ).unique()
    known = holders.select_seq("article_id", pl.col("_surname").alias("_rival"), "_role")
    rivals = (
        pieces.select_seq("_q", "article_id", "_surname", "_piece")
        .join(surnames, on="article_id")
        .join(found.select_seq("_q", "_wants"), on="_q")
        .filter(
            pl.col("_piece").str.contains(pl.col("_rival"), literal=True)
            & ~pl.col("_rival").str.contains(pl.col("_surname"), literal=True)
            & ~(pl.col("_rg") != pl.col("_wants")).fill_null(False)
        )
        .with_columns_seq(pl.col("_rival").str.extract(r"(\S+)$"))
        .join(found.select_seq("_q", "_roles"), on="_q")
        .join(known, on=["article_id", "_rival"], how="left")
        .with_columns_seq(_holds_role(pl.col("_role"), pl.col("_roles")))
        .group_by("_q", "_rival")
        .agg(
            pl.col("_role").is_not_null().any().alias("_known"),
            pl.col("_role").fill_null(False).any().alias("_fits"),
        )
        .filter(~pl.col("_known") | pl.col("_fits"))
        .get_column("_q")
    )
    return found.filter(~pl.col("_q").is_in(rivals.implode())).select_seq(
        "_q",
        "_hspeaker",
        pl.col("_p").alias("_h_sp_p"),
        pl.col("_at").cast(pl.Int64).alias("_h_sp_s"),
    )


def _epithet_spans(q: pl.DataFrame, named: pl.Expr, paragraphs: pl.DataFrame) -> pl.DataFrame:
    """The rows ``named`` of :func:`_epithets_back`: ``_q, _sp_p, _from`` (where the name ends),
    ``_epi_p, _epi_s`` and ``_between``, the text from the name to the epithet.

    The paragraphs of a quote of the name's that runs on to the paragraph before the
    epithet's are no distance: in "Betriebsratschef X sprach zu den Kollegen. „… / „… / „…“
    / Die Entscheidung sei „…“, sagte der 58-Jährige" the text between is the quote's last
    paragraph and the epithet's, as if the name stood there.
    """
    before = q.sort("_q").select_seq(
        "_q",
        *(
            pl.col(c).shift(1).over("article_id").cast(pl.Int64).alias(f"_b{c}")
            for c in ("_pe", "_sp_p", "_sp_s")
        ),
    )
    run_on = (
        (pl.col("_sp_p") < pl.col("_epi_p") - 1)
        & (pl.col("_b_pe") == pl.col("_epi_p") - 1)
        & (pl.col("_b_sp_p") == pl.col("_sp_p"))
        & (pl.col("_b_sp_s") == pl.col("_sp_s"))
    ).fill_null(False)
    return _text_between(
        q.filter(named)
        .join(before, on="_q", how="left")
        .select_seq(
            "_q",
            "speaker",
            "_epithet",
            pl.col("_sp_p").cast(pl.Int64),
            (pl.col("_sp_s") + pl.col("speaker").str.len_chars()).cast(pl.Int64).alias("_from"),
            pl.col("_epi_p").cast(pl.Int64),
            pl.col("_epi_s").cast(pl.Int64),
            pl.when(run_on)
            .then(pl.col("_epi_p") - 1)
            .otherwise(pl.col("_sp_p"))
            .cast(pl.Int64)
            .alias("_bp"),
            pl.when(run_on)
            .then(0)
            .otherwise(pl.col("_sp_s") + pl.col("speaker").str.len_chars())
            .cast(pl.Int64)
            .alias("_bf"),
        ),
        paragraphs,
        ("_bp", "_bf"),
        ("_epi_p", "_epi_s"),
    ).drop("_bp", "_bf")


def _subject_between(
    spans: pl.DataFrame, surnames: pl.DataFrame, paragraphs: pl.DataFrame
) -> pl.DataFrame:
    """A person named as a subject between the name found for an epithet and the epithet:
    ``_q, _nspeaker, _n_sp_p, _n_sp_s`` (the name and where it starts).

    The name (up to four capitalised words, the last one of the article's ``surnames``: "Oleh
    Senzow", "Präsident Wolodymyr Selenskyj") opens a sentence
    ("Senzow, der ..., gab sich kämpferisch") or stands in apposition to the noun that opens
    it ("Der Leiter der Konferenz, Christoph Heusgen, zog Bilanz"), outside quote marks; the
    last one before the epithet is taken, unless the name found already holds it. In "„…“,
    sagte Selenskyj. / Der Leiter der Konferenz, Christoph Heusgen, zog Bilanz. „…“, sagte der
    frühere Diplomat" the diplomat is Heusgen.
    """
    name = r"\p{Lu}[\p{L}\p{M}'’-]+(?:\s+(?:(?:von|van|de|der|zu)\s+)*\p{Lu}[\p{L}\p{M}'’-]+){0,3}"
    opens = r"(?:[.!?][“”\"»«]?\s+|\n)\s*"
    found = (
        spans.join(
            paragraphs.select_seq("article_id", pl.col("_p").cast(pl.Int64)),
            left_on="_sp_p",
            right_on="_p",
        )
        .with_columns_seq(
            pl.col("_between")
            .str.replace_all(_QUOTED_PART, "")
            .str.extract_all(
                rf"{opens}(?:(?:Der|Die)\s[^,.!?\n„“]{{1,80}},\s+{name},|{name}(?:,|\s+\p{{Ll}}+|\s))"
            )
            .alias("_c")
        )
        .explode("_c")
        .drop_nulls("_c")
        # (not the subject of indirect speech, whom the epithet's words are about: "«…»
        # Gisler sei ein «Arbeiter, kein Showman», so der Berner")
        .filter(~pl.col("_c").str.contains(rf"\s(?:{_SUBJ_SG}|seien|hätten|wären)$"))
        .with_columns_seq(
            pl.coalesce(
                pl.col("_c").str.extract(rf",\s+({name}),$"),
                pl.col("_c").str.extract(rf"^{opens}({name})(?:,|\s+\p{{Ll}}+|\s)$"),
            ).alias("_nspeaker")
        )
        .with_columns_seq(pl.col("_nspeaker").str.extract(r"(\S+)$").alias("_word"))
        .join(surnames, on=["article_id", "_word"], how="semi")
        .filter(~pl.col("speaker").str.contains(pl.col("_word"), literal=True))
        # (nor one of the other gender: "Die Schriftstellerin X ... . Jurysprecher Konrad Y
        # lobte ... . Die 45-jährige Autorin bedankte sich")
        .filter(
            ~(
                (
                    pl.col("_epithet").str.contains(r"^[Dd]ie\s")
                    & (_gender(pl.col("_nspeaker")) == "m")
                )
                | (
                    pl.col("_epithet").str.contains(r"^[Dd](?:er|em)\s")
                    & (_gender(pl.col("_nspeaker")) == "f")
                )
            ).fill_null(True)
        )
        # (the last one)
        .unique("_q", keep="last", maintain_order=True)
    )
    lengths = paragraphs.select_seq(
        pl.col("_p").cast(pl.Int64).alias("_sp_p"), pl.col("text").str.len_chars().alias("_len")
    )
    at = pl.col("_between").str.split_exact(pl.col("_nspeaker"), 1).struct.field("field_0")
    found = (
        found.join(lengths, on="_sp_p")
        .with_columns_seq(at.str.len_chars().alias("_at"))
        .filter(pl.col("_at") < pl.col("_between").str.len_chars())
    )
    in_first = (pl.col("_sp_p") == pl.col("_epi_p")) | (
        pl.col("_at") < pl.col("_len") - pl.col("_from")
    )
    return found.select_seq(
        "_q",
        "_nspeaker",
        pl.when(in_first).then(pl.col("_sp_p")).otherwise(pl.col("_epi_p")).alias("_n_sp_p"),
        pl.when(in_first)
        .then(pl.col("_from") + pl.col("_at"))
        .otherwise(pl.col("_at") - (pl.col("_len") - pl.col("_from")) - 1)
        .alias("_n_sp_s"),
    )


def _epithet_actors(q: pl.DataFrame, m: pl.DataFrame) -> pl.DataFrame:
    """A person found for an epithet whose name no actor of the lexicon knows takes the actor
    the epithet names ("Teamchef Jean Todt (der Franzose)": France, as "der Franzose" was)."""
    spans = q.filter(
        pl.col("_epithet").is_not_null() & pl.col("speaker_actor").is_null()
    ).select_seq(
        "_q",
        pl.col("_epi_p").cast(pl.Int64).alias("_sp_p"),
        pl.col("_epi_s").cast(pl.Int64).alias("_sp_s"),
        (pl.col("_epi_s") + pl.col("_epithet").str.len_chars()).cast(pl.Int64).alias("_sp_e"),
    )
    found = (
        _mentions_in(spans, m)
        .sort("_q", "_ms")
        .unique("_q", keep="first")
        .select_seq("_q", pl.col("actor").alias("_actor"), pl.col("side").alias("_side"))
    )
    return _take_actor(q, found).drop("_epi_p", "_epi_s")


def _cut_epithet_place(q: pl.DataFrame) -> pl.DataFrame:
    """Cut the place of speaking after an epithet: "sagte der Niederländer in Brüssel" → "der
    Niederländer" (a nation's member or a party's politician has no place in its name), so
    that :func:`_link_owners` takes up the person it stands for."""
    head = pl.col("speaker").str.replace(_PLACE_AT_END, "")
    cut = (head != pl.col("speaker")) & head.str.contains(_EPITHET)
    return q.with_columns_seq(
        pl.when(cut).then(head).otherwise(pl.col("speaker")).alias("speaker")
    ).with_columns_seq((pl.col("_sp_s") + pl.col("speaker").str.len_chars()).alias("_sp_e"))


#: The noun of a named body that a speaker may give alone ("teilte die Organisation mit",
#: "schrieb der Kanal"; see :func:`_named_bodies_back`), with the nouns of the names it may
#: stand for ("das Blatt" for "die Zeitung „Kommersant“").
_BODY_EPITHET_NOUNS = {
    "organisation": "organisation",
    "kanal": "kanal",
    "zeitung": "zeitung",
    "blatt": "blatt|zeitung",
    "sender": "sender",
    "agentur": "agentur",
    "miliz": "miliz",
    "gruppe": "gruppe",
    "bewegung": "bewegung",
    "plattform": "plattform",
    "portal": "portal",
    "stiftung": "stiftung",
    "institut": "institut",
    # (an association by another noun of its name: "der Verband" for "die Deutsche Alzheimer
    # Gesellschaft", "der Verein" for it)
    "verband": "verband|gesellschaft|verein|vereinigung|bund",
    "verein": "verein|verband|gesellschaft|vereinigung",
    "gewerkschaft": "gewerkschaft",
    # (a company by its trade too: "der Konzern" for "Autozulieferer X", "Energieversorger X")
    "konzern": "konzern|unternehmen|hersteller|zulieferer|autobauer|versorger|betreiber|reederei",
    "unternehmen": (
        "unternehmen|konzern|firma|hersteller|zulieferer|autobauer|versorger|betreiber|reederei"
    ),
    "initiative": "initiative",
    "netzwerk": "netzwerk",
    "denkfabrik": "denkfabrik|thinktank|institut",
    "bündnis": "bündnis",
    "allianz": "allianz|bündnis",
    "partei": "partei",
    "magazin": "magazin",
    # (bodies of the state, named by a compound: "das Ministerium" for "das
    # Verteidigungsministerium", "die Behörde" for it or "das Bundesamt für ...", "der Stab"
    # for "der Koordinierungsstab")
    "ministerium": "ministerium",
    "behörde": "behörde|ministerium|amt|kommission|verwaltung|geheimdienst|nachrichtendienst|"
    "schutzdienst|anwaltschaft",
    "stab": "stab",
    "kommando": "kommando",
    # (a ministry as "das Ressort"; a Swiss ministry is a "Departement")
    "ressort": "ministerium|departement",
    "departement": "departement",
    # (an embassy as "die Vertretung")
    "vertretung": "botschaft|vertretung",
    # (a court by its compound: "das Gericht" for "das Amtsgericht Köln", "der Gerichtshof" for
    # "der Bundesgerichtshof")
    "gericht": "gericht|gerichtshof",
    "gerichtshof": "gerichtshof",
    # (an army by any of its names: "des Militärs" for "Israels Armee")
    "armee": "armee",
    "militär": "armee",
    "streitkräfte": "armee",
    # (a central bank by either name: "die Notenbank" for "die Europäische Zentralbank")
    "notenbank": "notenbank",
    "zentralbank": "notenbank",
}
#: A speaker that is such a noun with its article and adjectives, a city's among them ("der
#: Karlsruher Behörde"; group 1: the noun), also
#: after a preposition ("laut der Behörde", "dem Ministerium zufolge"), or as a genitive with
#: its article cut (group 2: "Nach Angaben des Ministeriums" gives "Ministeriums").
_BODY_EPITHET = (
    rf"^(?:[Dd](?:er|ie|as|em|en)\s+(?:{_ADJ}\s+)*(?:\p{{Lu}}\p{{Ll}}+er\s+)?"
    # (an authority, an organisation or an agency also by a compound: "der Anklagebehörde",
    # "die Hilfsorganisation")
    rf"((?i:{'|'.join(_BODY_EPITHET_NOUNS)})|\p{{Lu}}\p{{Ll}}+(?:behörde|organisation|agentur))|"
    rf"({'|'.join(n.capitalize() for n in _BODY_EPITHET_NOUNS)})(?:es|s)?)$"
)
#: ... or a document of such a body, named by that noun as its owner: "heißt es in der
#: Mitteilung des Unternehmens", "einer Erklärung des Ministeriums", "laut einer Mitteilung
#: der Behörde" (group 1: the document's noun; group 2: the body's, its genitive ending aside).
_BODY_DOCUMENT = (
    rf"^(?:[Dd](?:er|ie|as|em|en)|[Ee]ine[rm]?)\s+(?:{_ADJ}\s+)*({_DOCUMENT_NOUN})\s+"
    rf"(?:des|der)\s+(?:{_ADJ}\s+)*(?:\p{{Lu}}\p{{Ll}}+er\s+)?((?i:{'|'.join(_BODY_EPITHET_NOUNS)}))"
    r"(?:ses|es|s)?$"
)
#: A body named with its noun before the name: "Die Organisation Reporter ohne Grenzen", "Der
#: kremlnahe Telegram-Kanal „Sewerny Front“", "die Menschenrechtsorganisation Amnesty
#: International" (group 1: the noun, the last part of its compound; group 2: the name, in
#: quote marks or capitalised words, with a particle between: "ohne", "für", "der").
_NAMED_BODY = (
    r"\b(?:\p{Lu}[\p{L}-]*?)?"
    r"((?i:organisation|kanal|zeitung|blatt|sender|agentur|miliz|gruppe|bewegung|plattform|"
    r"portal|stiftung|institut|verband|gewerkschaft|konzern|unternehmen|firma|initiative|"
    r"netzwerk|denkfabrik|thinktank|bündnis|allianz|partei|magazin|hersteller|zulieferer|"
    r"autobauer|versorger|betreiber|reederei))\s+"
    # (a digit inside too: "Ener1 Group Inc.")
    r"(„[^„“]{1,60}“|\p{Lu}[\p{L}\p{M}\d'’.&-]*(?:\s+(?:(?:ohne|für|der|des|von|und|of|for|"
    r"the|de|du|la)\s+)?\p{Lu}[\p{L}\p{M}\d'’.&-]*){0,4})"
)

#: ... or with the name before the noun in a compound: "Die Hisbollah-Miliz", "die
#: Wagner-Gruppe" (group 1: the name, group 2: the noun).
_BODY_COMPOUND = r"\b(\p{Lu}[\p{L}\p{M}]+)-((?i:miliz|gruppe|bewegung|partei|organisation))\b"


#: ... or a name in quote marks that ends in such a noun: "„Märkische Oderzeitung“" (group 1:
#: the name with its marks, group 2: the noun).
_QUOTED_BODY = r"(„[^„“]{0,40}?((?i:zeitung|blatt|magazin|agentur|sender|kanal|portal))“)"
#: ... or a paper by its name in quote marks whose last word is one of a paper's title (the
#: "Rheinische Post", the Wiener "Standard", the "Münchner Merkur"): "das Blatt", "die Zeitung"
#: (group 1: the name).
_QUOTED_PAPER_TITLE = rf"(„[^„“]{{0,40}}?\b(?:{_PAPER_NAME_WORDS}|{_PAPER_END_WORDS})“)"


#: ... or a body of the state named by a compound that ends in its noun, with a genitive of
#: its country: "das Verteidigungsministerium der Russischen Föderation", "der
#: Koordinierungsstab", "das Einsatzführungskommando der Streitkräfte", with an adjective
#: of its country or a short form of it before ("das russische Außenministerium", "das
#: US-Verteidigungsministerium"; group 1: the name, group 2: the noun; a bare "Ministerium"
#: is no name; the name's genitive ending is cut after).
_STATE_BODY = (
    r"\b((?:\p{Ll}+(?:isch|ig|lich|al)(?:e|en)\s+)?(?:\p{Lu}{2,}-)?\p{Lu}\p{Ll}+(ministerium|kommando|stab|behörde|amt|kommission|verwaltung|"
    r"geheimdienst|nachrichtendienst|schutzdienst|anwaltschaft|departement|gericht|gerichtshof)"
    r"(?:es|s)?\b"
    r"(?:\s+(?:der|des)\s+(?:\p{Lu}\p{Ll}+en\s+)?\p{Lu}[\p{L}\p{M}-]+|\s+\p{Lu}\p{Ll}+s\b)?)"
)
#: ... and the Pentagon is a ministry.
_PENTAGON = r"\b(Pentagon)s?\b"
#: ... and an army by its country: "Israels Armee", "die russische Armee", "die ukrainischen
#: Streitkräfte" (group 1: the name).
_ARMY = r"\b((?:\p{Lu}\p{Ll}+s\s+|\p{Ll}+(?:ische|ischen)\s+)(?:Armee|Streitkräfte|Militär))\b"
#: ... and a central bank is one, whatever its name ("die Europäische Zentralbank", "die
#: Schweizerische Nationalbank", "die Bundesbank"; group 1: the name).
_CENTRAL_BANK = (
    r"\b((?:\p{Lu}\p{Ll}+(?:ische|ischen)\s+)?(?:Zentralbank|Notenbank|Bundesbank|Nationalbank|"
    r"Federal\s+Reserve|Fed)\b(?:\s+\(\p{Lu}{2,5}\))?)"
)
#: ... and an embassy by its country's adjective: "Die russische Botschaft" (group 1: the name,
#: group 2: the noun).
_EMBASSY = r"\b(\p{Ll}+(?:isch|ig)en?\s+(Botschaft))\b"


def _named_bodies_back(q: pl.DataFrame, paragraphs: pl.DataFrame) -> pl.DataFrame:
    """A speaker that names a body by its noun alone ("die Organisation", "der Kanal", "das
    Blatt", also with a place: "die Organisation in Berlin") is the body the article named with
    that noun before it, in the speaker's paragraph or the one before, the latest one: in "Die
    Organisation Reporter ohne Grenzen verurteilte das Urteil. „…“, teilte die Organisation
    mit" the speaker is "Reporter ohne Grenzen (die Organisation)"; a name before the noun in a
    compound counts too ("Die Hisbollah-Miliz" for "die Miliz"). Capitalised words after
    the name's first word end it where they are common nouns of the tagging lexicon right after
    another capitalised word ("die
    Zeitung Kommersant Mitte Mai": "Kommersant"). A speaker with no such name before stays as
    written.

    Examples
    --------
    >>> import analysis_kit as ak
    >>> corpus = ak.load(pl.DataFrame({"text": [
    ...     "Die Organisation Reporter ohne Grenzen verurteilte das Urteil. „Russland sperrt "
    ...     "Journalisten weg“, teilte die Organisation in Berlin mit."]}))
    >>> quotes(corpus).get_column("speaker").to_list()
    ['Reporter ohne Grenzen (die Organisation)']
    """
    head = pl.col("speaker").str.replace(_PLACE_AT_END, "")
    noun = (
        pl.coalesce(
            head.str.extract(_BODY_EPITHET, 1),
            head.str.extract(_BODY_EPITHET, 2),
            head.str.extract(_BODY_DOCUMENT, 2),
        )
        .str.to_lowercase()
        .str.replace(r"^\p{Ll}+(behörde|organisation|agentur)$", "$1")
    )
    # (a document goes with its noun alone: "Ukrenergo (Mitteilung)")
    document = head.str.extract(_BODY_DOCUMENT, 1)
    wanted = q.filter(noun.is_not_null() & pl.col("_sp_p").is_not_null()).select_seq(
        "_q",
        "article_id",
        pl.coalesce(document, head).alias("_body"),
        noun.replace_strict(_BODY_EPITHET_NOUNS, default=None, return_dtype=pl.String).alias(
            "_nouns"
        ),
        pl.col("_sp_p").cast(pl.Int64).alias("_qp"),
        pl.col("_sp_s").cast(pl.Int64).alias("_qs"),
    )
    if wanted.is_empty():
        return q
    texts = paragraphs.join(wanted.select_seq("article_id").unique(), on="article_id", how="semi")

    def matches(pattern: str, noun: int, name: int) -> pl.DataFrame:
        """The matches of ``pattern`` (``_m``) with the groups of the noun and the name, and
        where each match starts (``_at0``, see :func:`_match_parts`)."""
        return (
            _match_parts(texts, pattern)
            .with_columns_seq(pl.col("_m").str.extract(pattern, 0))
            .with_columns_seq(
                pl.col("_m").str.extract(pattern, noun).str.to_lowercase().alias("_noun"),
                pl.col("_m").str.extract(pattern, name).alias("_name"),
            )
        )

    def name_at(name: pl.Expr) -> pl.Expr:
        """Where ``name``, a part of the match, starts in the paragraph."""
        return pl.col("_at0") + pl.col("_m").str.split_exact(name, 1).struct.field(
            "field_0"
        ).str.len_chars().cast(pl.Int64)

    named = (
        matches(_NAMED_BODY, 1, 2)
        # (the name ends before a common noun: "Kommersant Mitte Mai")
        .with_columns_seq(
            pl.col("_name")
            .str.split(" ")
            .list.eval(
                pl.element()
                .cum_count()
                .filter(
                    pl.element().is_in(_lexicon_nouns())
                    & (pl.element().cum_count() > 1)
                    & ~pl.element().str.starts_with("„")
                    # (not after a particle: "Reporter ohne Grenzen")
                    & pl.element().shift(1).str.contains(_latin(r"^\p{Lu}"))
                )
                .first()
            )
            .list.first()
            .alias("_cut")
        )
        .with_columns_seq(
            pl.when(pl.col("_cut").is_not_null())
            .then(pl.col("_name").str.split(" ").list.head(pl.col("_cut") - 1).list.join(" "))
            .otherwise(pl.col("_name"))
            .str.replace(r"\s+(?:ohne|für|der|des|von|und|of|for|the|de|du|la)$", "")
            .alias("_name")
        )
        # (the full stop that ends the sentence is no part of it: "den Konzern Veltrix."; but
        # an abbreviation's is: "Ener1 Group Inc.", "Acme S.A.")
        .with_columns_seq(
            pl.when(
                pl.col("_name").str.contains(r"\.$")
                & ~pl.col("_name").str.contains(
                    _latin(r"(?:^|\s)(?:Inc|Co|Corp|Ltd|Bros|Jr|Sr|\p{Lu})\.$|\.[^\s.]+\.$")
                )
            )
            .then(pl.col("_name").str.strip_suffix("."))
            .otherwise(pl.col("_name"))
            .alias("_name")
        )
        .with_columns_seq(name_at(pl.col("_name")).alias("_at"))
        .select_seq("article_id", "_p", "_noun", "_name", "_at")
    )
    # (or before the noun in a compound: "Die Hisbollah-Miliz"; not a common noun: "die
    # Terror-Organisation")
    compound = (
        matches(_BODY_COMPOUND, 2, 1)
        .with_columns_seq(pl.col("_at0").alias("_at"))
        .filter(~pl.col("_name").is_in(_lexicon_nouns()))
        .select_seq("article_id", "_p", "_noun", "_name", "_at")
    )
    # (or a paper by its name in quote marks, which ends in the noun: "die „Märkische
    # Oderzeitung“" for "das Blatt", "die Zeitung")
    quoted = matches(_QUOTED_BODY, 2, 1).with_columns_seq(pl.col("_at0").alias("_at"))

    def of_noun(pattern: str, noun: str) -> pl.DataFrame:
        """The matches of ``pattern`` (group 1: the name) as bodies of ``noun``."""
        return (
            matches(pattern, 1, 1)
            .with_columns_seq(pl.lit(noun).alias("_noun"), pl.col("_at0").alias("_at"))
            .select_seq(named.columns)
        )

    # (or by its name in quote marks with a paper's title word last: "die „Rheinische Post“")
    paper = of_noun(_QUOTED_PAPER_TITLE, "zeitung")
    # (or a body of the state by its compound: "das Verteidigungsministerium der Ukraine" for
    # "das Ministerium", "des Verteidigungsministeriums" as "Verteidigungsministerium")
    state = (
        matches(_STATE_BODY, 2, 1)
        .with_columns_seq(
            pl.col("_at0").alias("_at"),
            pl.col("_name").str.replace(
                _latin(
                    r"^(.*?\p{Lu}\p{Ll}+(?:ministerium|kommando|stab|behörde|amt|kommission|"
                    r"verwaltung|dienst|gericht|gerichtshof))(?:es|s)\b"
                ),
                "$1",
            ),
        )
        .select_seq(named.columns)
    )
    pentagon = of_noun(_PENTAGON, "ministerium")
    army = of_noun(_ARMY, "armee")
    bank = of_noun(_CENTRAL_BANK, "notenbank")
    embassy = (
        matches(_EMBASSY, 2, 1)
        .with_columns_seq(pl.col("_at0").alias("_at"))
        .select_seq(named.columns)
    )
    named = pl.concat(
        [
            named,
            compound,
            quoted.select_seq(named.columns),
            paper,
            state,
            pentagon,
            bank,
            army,
            embassy,
        ]
    )
    return _latest_body_taken_up(
        q,
        wanted.join(named, on="article_id").filter(
            pl.col("_noun").str.contains(pl.lit("^(?:") + pl.col("_nouns") + pl.lit(")$"))
        ),
    )


def _match_parts(texts: pl.DataFrame, pattern: str) -> pl.DataFrame:
    """The parts of each text (``article_id``, ``_p``, ``text``) that each open with a match of
    ``pattern`` and run to the next (``_m``), with where each starts (``_at0``, in characters;
    a name found twice, once inside a longer one, is each at its own place)."""
    # (each match opens a part of the text split before it: a part's start is the length of
    # the parts before it)
    parts = pl.col("text").str.replace_all(pattern, "\x00$0").str.split("\x00")
    return (
        texts.select_seq("article_id", pl.col("_p").cast(pl.Int64), parts.alias("_m"))
        .with_columns_seq(
            pl.col("_m")
            .list.eval(pl.element().str.len_chars().cum_sum().shift(1, fill_value=0))
            .alias("_at0")
        )
        .with_columns_seq(
            pl.col("_m").list.slice(1), pl.col("_at0").list.slice(1).cast(pl.List(pl.Int64))
        )
        .explode("_m", "_at0")
        .drop_nulls("_m")
    )


def _latest_body_taken_up(q: pl.DataFrame, pairs: pl.DataFrame) -> pl.DataFrame:
    """Take up a body named before for a speaker that names it by its noun: ``pairs`` holds
    the quotes (``_q``; their speaker ``_body`` at ``_qp``, ``_qs``) with the names that may
    be theirs (``_name`` at ``_p``, ``_at``); the latest one before the speaker, in its
    paragraph or the one before, becomes the speaker, the noun in brackets after it."""
    found = (
        pairs.filter(
            (pl.col("_p") == pl.col("_qp") - 1)
            | ((pl.col("_p") == pl.col("_qp")) & (pl.col("_at") < pl.col("_qs")))
        )
        .sort("_q", "_p", "_at")
        .unique("_q", keep="last", maintain_order=True)
        .select_seq("_q", "_body", "_name", pl.col("_p").alias("_np"), pl.col("_at").alias("_ns"))
    )
    if found.is_empty():
        return q
    q = q.join(found, on="_q", how="left")
    hit = pl.col("_name").is_not_null()
    return _speaker_taken_up(q, hit, epithet="_body", speaker="_name", sp_p="_np", sp_s="_ns")


#: A speaker that is a body by its noun with its article, the noun also the end of a compound
#: ("der Verband", "die Partei", "der Automobilclub"; group ``art``: the article).
_BODY_BY_NOUN = (
    r"^(?P<art>[Dd](?:er|ie|as))\s+(?:\p{Ll}+e\s+)*(?:\p{Lu}\p{Ll}*)?"
    r"(?i:club|klub|verein|verband|partei|organisation|gewerkschaft|konzern|unternehmen|gruppe|"
    r"bündnis|allianz|institut|stiftung|sender|agentur|netzwerk|initiative|bewegung|miliz)$"
)
#: A body by its acronym with its article, adjectives between: "Der ADAC", "Die nordirische
#: DUP", "das DRK" (group ``art``: the article, ``name``: the acronym).
_ACRONYM_BODY = (
    r"\b(?P<art>[Dd](?:er|ie|as))\s+(?:\p{Ll}+e\s+)*"
    r"(?P<name>\p{Lu}[\p{Lu}\d]+(?:-\p{Lu}[\p{L}\d]*)?)\b"
)
#: ... or by a name that is no word of the tagging lexicon's but a proper noun, or unknown to
#: it: "Die islamistische Hamas", "Die Huthi" (taken up only by the nouns of a group, see
#: ``_GROUP_NOUN``).
_PROPER_BODY = (
    r"\b(?P<art>[Dd](?:er|ie|as))\s+(?:\p{Ll}+e\s+)*(?P<name>\p{Lu}\p{Ll}+)(?:\s|[.,;:!?])"
)
#: The nouns of a group that take up a body by its proper name: "die Organisation", "die
#: Miliz", "die Gruppe", "die Bewegung" (also in a compound: "die Terrororganisation").
_GROUP_NOUN = r"(?i:organisation|miliz|gruppe|gruppierung|bewegung)$"
#: Acronyms of states, no body a noun such as "die Partei" takes up.
_STATE_ACRONYMS = ["USA", "US", "UK", "BRD", "DDR", "UdSSR", "VAE", "GUS", "VR"]


def _acronym_bodies_back(q: pl.DataFrame, paragraphs: pl.DataFrame) -> pl.DataFrame:
    """A speaker that is a body by its noun alone (``_BODY_BY_NOUN``: "der Verband", "die
    Partei") with no name found for it (see :func:`_named_bodies_back`) is the body the
    article named before by its acronym with the same article, the latest one in the
    speaker's paragraph or the one before: in "Der ADAC erinnerte an die Gefahren. „…“, teilte
    der Automobilclub mit" the speaker is "ADAC (der Automobilclub)"; not a state ("die USA").
    The noun of a group ("die Organisation", "die Miliz") takes up a proper name so too, one
    that is no word of the tagging lexicon's nor a compound of common nouns: "Hamas (die
    Organisation)" after "Die islamistische Hamas warf Israel vor ...".

    Examples
    --------
    >>> import analysis_kit as ak
    >>> corpus = ak.load(pl.DataFrame({"text": [
    ...     "Die nordirische DUP hatte eine Einigung platzen lassen. Die Partei erklärte nun, "
    ...     "es gebe noch „Arbeit zu tun“."]}))
    >>> quotes(corpus).get_column("speaker").to_list()
    ['DUP (Die Partei)']
    """
    body = pl.col("speaker").str.extract_groups(_latin(_BODY_BY_NOUN))
    wanted = q.filter(
        body.struct.field("art").is_not_null() & pl.col("_sp_p").is_not_null()
    ).select_seq(
        "_q",
        "article_id",
        pl.col("speaker").alias("_body"),
        body.struct.field("art").str.to_lowercase().alias("_art"),
        pl.col("_sp_p").cast(pl.Int64).alias("_qp"),
        pl.col("_sp_s").cast(pl.Int64).alias("_qs"),
    )
    if wanted.is_empty():
        return q
    texts = paragraphs.join(wanted.select_seq("article_id").unique(), on="article_id", how="semi")

    def bodies(texts: pl.DataFrame, pattern: str) -> pl.DataFrame:
        """The bodies ``pattern`` names in ``texts`` with their article: ``article_id, _p,
        _art, _name, _at``."""
        return (
            _match_parts(texts, pattern)
            .with_columns_seq(pl.col("_m").str.extract_groups(pattern).alias("_g"))
            .select_seq(
                "article_id",
                "_p",
                pl.col("_g").struct.field("art").str.to_lowercase().alias("_art"),
                pl.col("_g").struct.field("name").alias("_name"),
                (
                    pl.col("_at0")
                    + pl.col("_m")
                    .str.split_exact(pl.col("_g").struct.field("name"), 1)
                    .struct.field("field_0")
                    .str.len_chars()
                    .cast(pl.Int64)
                ).alias("_at"),
            )
            .filter(pl.col("_name").is_not_null())
        )

    named = bodies(texts, _latin(_ACRONYM_BODY)).filter(~pl.col("_name").is_in(_STATE_ACRONYMS))
    pairs = wanted.join(named, on=["article_id", "_art"])
    # (or by a proper name for the noun of a group: "Die islamistische Hamas warf Israel vor,
    # ... . „…“, teilte die Organisation mit"; no common noun, adjective nor first name)
    groups = wanted.filter(pl.col("_body").str.contains(_GROUP_NOUN))
    if groups.height:
        tags = word_tags()
        words = tags.filter(pl.col("tag") != "NE").get_column("form").unique().implode()
        proper = bodies(texts.join(groups, on="article_id", how="semi"), _latin(_PROPER_BODY))
        proper = proper.filter(
            ~pl.col("_name").is_in(words)
            & ~pl.col("_name").str.to_lowercase().is_in(words)
            & ~pl.col("_name").is_in(_name_series()["first"])
            # (nor a compound of common nouns by its end: "Die Bundesregierung", "Die
            # Umweltschutzorganisation")
            & ~pl.col("_name").str.to_lowercase().str.contains(_COMMON)
            & ~pl.col("_name").str.to_lowercase().str.contains(_NOUN_ENDING)
            & ~pl.col("_name").str.contains(rf"{_BODY_NOUN}\p{{Ll}}*$")
        )
        pairs = pl.concat([pairs, groups.join(proper, on=["article_id", "_art"])])
    return _latest_body_taken_up(q, pairs)


#: After a person the article does not name, the name they gave, in a relative clause (group
#: ``name``): ", der sich als Viktor vorstellte", ", die ihren Vornamen mit Olena angab", ", der
#: sich als Sprecher ausgab und den Namen Jama Hirsi Warsame nannte".
_SELF_NAMED = (
    r"^\s*,\s+(?:der|die)\s+(?:[^„“»«.!?;:,]*?\s)?"
    r"(?:sich\s+(?:selbst\s+)?(?:als|mit\s+dem\s+Namen)\s+|"
    r"(?:den|seinen|ihren)\s+(?:Vor)?[Nn]amen\s+(?:mit\s+|als\s+)?)"
    r"(?P<name>\p{Lu}[\p{L}\p{M}'’-]+(?:\s+(?:(?:al|el|ad|as|bin|ibn)-)?\p{Lu}[\p{L}\p{M}'’-]+){0,3})"
    r"\s+(?:vorstellte|vorgestellt\s+hatte|ausgab|ausgegeben\s+hatte|nannte|angab|"
    r"genannt\s+hatte|nennen\s+wollte)\b"
)


#: The nouns of a body that is no part of the state, which the subject of the sentence before
#: may name by its name alone (see :func:`_subject_bodies_back`), also as the end of a
#: compound ("die Menschenrechtsorganisation", "des Militärbündnisses").
_PRIVATE_BODY_NOUNS = (
    "organisation|kanal|zeitung|blatt|sender|agentur|miliz|gruppe|bewegung|plattform|portal|"
    "stiftung|institut|verband|gewerkschaft|konzern|unternehmen|firma|initiative|netzwerk|"
    "denkfabrik|bündnis|allianz|partei|magazin|mission|verein|club|klub|kette|anbieter|"
    "hersteller|zulieferer|versorger|betreiber|reederei|bank"
)
#: A speaker that is such a noun with its article ("das Unternehmen", "die
#: Menschenrechtsorganisation"; group ``noun``), or a document of one ("einer Erklärung des
#: Konzerns"; groups ``doc`` and ``owner``).
_PRIVATE_BODY_SPEAKER = (
    rf"^(?:[Dd](?:er|ie|as|em|en)\s+(?:{_ADJ}\s+)*(?P<noun>(?:\p{{Lu}}\p{{Ll}}*?)?(?i:"
    rf"{_PRIVATE_BODY_NOUNS}))"
    rf"|(?:[Dd](?:er|ie|as|em|en)|[Ee]ine[rm]?)\s+(?:{_ADJ}\s+)*(?P<doc>{_DOCUMENT_NOUN})\s+"
    rf"(?:des|der)\s+(?:{_ADJ}\s+)*(?P<owner>(?:\p{{Lu}}\p{{Ll}}*?)?(?i:{_PRIVATE_BODY_NOUNS}))"
    r"(?:ses|es|s)?)$"
)


def _subject_bodies_back(
    q: pl.DataFrame, subjects: pl.DataFrame, m: pl.DataFrame, paragraphs: pl.DataFrame
) -> pl.DataFrame:
    """A speaker that names a body by its noun alone, or a document by that noun as its owner,
    and that no body named with its noun took up (:func:`_named_bodies_back`), is the body
    that the sentence before names by its name as its subject: in "Halberg Systems weist das
    zurück. „…“, teilte das Unternehmen mit" the speaker is "Halberg Systems (das
    Unternehmen)", in "Amnesty International verurteilte das Urteil. „…“, hieß es in einer
    Erklärung der Organisation" it is "Amnesty International (Erklärung)". Only a body that
    is no part of the state (``_PRIVATE_BODY_NOUNS``: a ministry's statement is not its
    country's); a subject that names a person (a first name, a role, a person of the lexicon,
    a surname the article gives with a first name), a place, a common noun ("Die Kritiken")
    or a body by another noun ("Die Gewerkschaft Verdi" for "der Konzern") is no such name.

    Examples
    --------
    >>> import analysis_kit as ak
    >>> corpus = ak.load(pl.DataFrame({"text": [
    ...     "Veltrix zeigte sich enttäuscht. „Wir teilen die Auffassung des Gerichts nicht“, "
    ...     "hieß es in einer Erklärung des Konzerns."]}))
    >>> quotes(corpus).get_column("speaker").to_list()
    ['Veltrix (Erklärung)']
    """
    head = pl.col("speaker").str.replace(_PLACE_AT_END, "")
    parts = head.str.extract_groups(_PRIVATE_BODY_SPEAKER)
    noun = pl.coalesce(parts.struct.field("noun"), parts.struct.field("owner"))
    own = (pl.col("_sp_p") == pl.col("_p")) & (pl.col("_sp_s") >= pl.col("_ss"))
    wanted = q.filter(
        own.fill_null(False) & head.str.contains(_PRIVATE_BODY_SPEAKER).fill_null(False)
    ).select_seq(
        "_q",
        "article_id",
        pl.coalesce(parts.struct.field("doc"), head).alias("_body"),
        noun.str.to_lowercase().str.extract(rf"({_PRIVATE_BODY_NOUNS})$").alias("_noun"),
    )
    if wanted.is_empty():
        return q
    # (the nouns a name of the subject may carry: those of the speaker's own noun)
    family = pl.col("_noun").replace_strict(
        _BODY_EPITHET_NOUNS, default=pl.col("_noun"), return_dtype=pl.String
    )
    # (the sentence before, or one or two before it in the quote's paragraph where the nearer
    # ones name no such body: "Die Lufthansa teilte mit, ... . Ab Mittwoch solle der Betrieb
    # ... laufen. „…“, hieß es in einer Mitteilung des Konzerns"; the nearest is taken; one
    # farther back only as the subject of a verb of saying, with no "ein": not "Eine
    # Laboranalyse bestätigte", "Der Abschuss des Bären rechtfertige sich")
    found = pl.concat(
        [
            wanted.join(
                subjects.filter(pl.col("_col") == column).select_seq(
                    "_q", "_xspk", "_xcue", "_xoff"
                ),
                on="_q",
            )
            .join(q.select_seq("_q", pl.col(p).alias("_tp"), pl.col(start).alias("_ts")), on="_q")
            .select_seq(
                "_q",
                "article_id",
                "_body",
                "_noun",
                "_xspk",
                "_xcue",
                pl.lit(k).alias("_k"),
                pl.col("_tp").cast(pl.Int64).alias("_np"),
                (pl.col("_ts").cast(pl.Int64) + pl.col("_xoff")).alias("_ns"),
                pl.col("_xspk").str.replace(_latin(r"^[Dd](?:er|ie|as)\s+"), "").alias("_name"),
            )
            for k, (column, p, start) in enumerate(
                [
                    ("_prev_text", "_prev_p", "_prev_start"),
                    ("_prev2text", "_p", "_prev2start"),
                    ("_prev3text", "_p", "_prev3start"),
                ]
            )
        ]
    )
    words = pl.col("_name").str.extract_all(_latin(r"\p{Lu}[\p{L}\p{M}'’&.-]*"))
    # (a body named by another noun's: "Die Gewerkschaft Verdi" is no company)
    other_noun = pl.col("_name").str.extract(
        _NAMED_BODY, 1
    ).str.to_lowercase().is_not_null() & ~pl.col("_name").str.extract(
        _NAMED_BODY, 1
    ).str.to_lowercase().str.contains(pl.lit("^(?:") + family + pl.lit(")$")).fill_null(False)
    surnames = _first_name_pairs(
        paragraphs.join(wanted.select_seq("article_id").unique(), on="article_id", how="semi")
    ).select_seq("article_id", "_word")
    found = found.filter(
        pl.col("_name").str.contains(_latin(r"^\p{Lu}"))
        & ~pl.col("_xspk").is_in(_PRONOUNS)
        & ~pl.col("_xspk").str.contains(_EPITHET)
        # (a body takes a verb in the singular: "Die Kritiken fielen gemischt aus" are many)
        & ~pl.col("_xcue").str.contains(r"(?:en|ern|eln)$").fill_null(False)
        & ~words.list.eval(pl.element().str.contains(_ROLE_WORD_ALONE)).list.any()
        & ~words.list.eval(pl.element().is_in(_name_series()["first"])).list.any()
        # (common nouns alone name no body, nor a compound of them: "Der Fall", "Die
        # Terror-Organisation"; a name among them does: "Die Deutsche Alzheimer Gesellschaft")
        & ~words.list.eval(pl.element().str.split("-"))
        .list.eval(pl.element().explode().is_in(_lexicon_nouns()))
        .list.all()
        & ~other_noun
    ).join(
        surnames,
        left_on=["article_id", words.list.last()],
        right_on=["article_id", "_word"],
        how="anti",
    )
    # (an actor of the lexicon where the subject stands is a body only if the speaker's noun
    # names it too, as a generic word of its own: "Die Nato ... des Bündnisses", not "Die
    # Nato ... der Verband"; a person, a place or a state never is)
    mentions = m.select_seq(
        pl.col("_ap").cast(pl.Int64).alias("_mp"),
        pl.col("start").cast(pl.Int64).alias("_ms"),
        "actor",
        "actor_kind",
        "match",
    )
    at_subject = (
        found.select_seq("_q", "_np", "_ns", "_xspk")
        .join(mentions, left_on="_np", right_on="_mp")
        .filter(
            (pl.col("_ms") >= pl.col("_ns"))
            & (pl.col("_ms") < pl.col("_ns") + pl.col("_xspk").str.len_chars())
            # (a body's as part of a compound before the name counts not: "Die
            # UN-Beobachtermission Unifil" is a body of its own)
            & (
                (pl.col("actor_kind") != "organisation")
                | pl.col("_xspk").str.ends_with(pl.col("match"))
            )
        )
        .select_seq("_q", "actor", "actor_kind")
    )
    at_speaker = (
        q.join(wanted.select_seq("_q"), on="_q", how="semi")
        .select_seq("_q", pl.col("_sp_p").cast(pl.Int64), pl.col("_sp_s").cast(pl.Int64), "_sp_e")
        .join(mentions, left_on="_sp_p", right_on="_mp")
        .filter(
            (pl.col("_ms") >= pl.col("_sp_s")) & (pl.col("_ms") < pl.col("_sp_e").cast(pl.Int64))
        )
        .select_seq("_q", "actor")
    )
    named_too = at_subject.join(at_speaker, on=["_q", "actor"], how="semi").filter(
        pl.col("actor_kind") == "organisation"
    )
    found = (
        found.join(at_subject.join(named_too, on="_q", how="anti"), on="_q", how="anti")
        # (a name of one word after its article is a body only for the noun of a group, see
        # _acronym_bodies_back: "Die Hamas ... die Partei" is none), unless the lexicon
        # showed it is
        .filter(
            ~pl.col("_xspk").str.contains(
                _latin(r"^[Dd](?:er|ie|as)\s+(?:\p{Ll}+e\s+)*\p{Lu}[\p{L}\p{M}-]*$")
            )
            | pl.col("_q").is_in(named_too["_q"].implode())
            # (a company is often named so: "Die Lufthansa ... des Konzerns")
            | pl.col("_noun").is_in(["konzern", "unternehmen", "firma"])
        )
        .filter(
            (pl.col("_k") == 0)
            | (
                pl.col("_xcue").str.contains(f"^{_VERB_WIDE}$")
                & ~pl.col("_xspk").str.contains(r"^[Ee]ine?[rsm]?\s")
            ).fill_null(False)
        )
        .sort("_q", "_k")
        .unique("_q", keep="first", maintain_order=True)
        .select_seq("_q", "_body", pl.col("_xspk").alias("_name"), "_np", "_ns")
    )
    if found.is_empty():
        return q
    q = q.join(found, on="_q", how="left")
    return _speaker_taken_up(
        q, pl.col("_name").is_not_null(), epithet="_body", speaker="_name", sp_p="_np", sp_s="_ns"
    )


def _after_speaker(q: pl.DataFrame, rows: pl.Expr, paragraphs: pl.DataFrame) -> pl.DataFrame:
    """The ``rows`` of ``q`` whose speaker stands as written at ``_sp_p``, ``_sp_s`` in its
    paragraph: ``_q, speaker, _sp_p, _sp_s, text`` and ``_rest``, the paragraph after the
    speaker (see :func:`_self_named`, :func:`_apposed_name`)."""
    return (
        q.filter(rows)
        .select_seq("_q", "speaker", pl.col("_sp_p").cast(pl.Int64), pl.col("_sp_s").cast(pl.Int64))
        .join(paragraphs.select_seq(pl.col("_p").cast(pl.Int64).alias("_sp_p"), "text"), on="_sp_p")
        .filter(
            pl.col("text").str.slice(pl.col("_sp_s"), pl.col("speaker").str.len_chars())
            == pl.col("speaker")
        )
        .with_columns_seq(
            pl.col("text")
            .str.slice(pl.col("_sp_s") + pl.col("speaker").str.len_chars())
            .alias("_rest")
        )
    )


def _self_named(q: pl.DataFrame, paragraphs: pl.DataFrame) -> pl.DataFrame:
    """A speaker the article does not name (*Ein Bewohner von Slawjansk*, *Ein Mann*) who gave a
    name in a relative clause right after it is that name, the description in brackets: in "Ein
    Bewohner von Slawjansk, der sich als Viktor vorstellte, sagte: „…“" the speaker is "Viktor
    (Ein Bewohner von Slawjansk)". Not a role (*der sich als Sprecher ausgab*: a common noun of
    the tagging lexicon).

    Examples
    --------
    >>> import analysis_kit as ak
    >>> corpus = ak.load(pl.DataFrame({"text": [
    ...     "Ein Mann, der seinen Vornamen mit Ali angab, sagte: „Wir haben Angst.“"]}))
    >>> quotes(corpus).get_column("speaker").to_list()
    ['Ali (Ein Mann)']
    """
    unnamed = (
        pl.col("speaker").str.contains(_latin(r"^(?:[Ee]ine?|[Dd]er|[Dd]ie)\s+\p{Lu}"))
        & pl.col("_sp_s").is_not_null()
    ).fill_null(False)
    if not q.select_seq(unnamed.any()).item():
        return q
    after = (
        _after_speaker(q, unnamed, paragraphs)
        .with_columns_seq(pl.col("_rest").str.extract(_SELF_NAMED, 1).alias("_given"))
        .filter(
            pl.col("_given").is_not_null()
            & ~pl.col("_given").str.extract(r"^(\S+)").is_in(_lexicon_nouns())
        )
        .select_seq("_q", "_given")
    )
    return (
        q.join(after, on="_q", how="left")
        .with_columns_seq(
            pl.when(pl.col("_given").is_not_null())
            .then(pl.col("_given") + pl.lit(" (") + pl.col("speaker") + pl.lit(")"))
            .otherwise(pl.col("speaker"))
            .alias("speaker")
        )
        .drop("_given")
    )


#: After a speaker, a second noun phrase in apposition with its article (group ``art``) and
#: up to five capitalised words (group ``words``): ", die Schweizer Astrophysikerin Lea
#: Baumgartner von ...".
_APPOSED_PHRASE = (
    r"^,\s+(?P<art>der|die)\s+(?P<words>(?:\p{Ll}[\p{L}-]*e[nrs]?\s+)*\p{Lu}[\p{L}\p{M}'’-]*"
    r"(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,4})"
)


def _apposed_name(q: pl.DataFrame, paragraphs: pl.DataFrame) -> pl.DataFrame:
    """A speaker named by a role with its article and no name ("die Leiterin der Studie") that
    a second noun phrase with the same article and a person's name follows in apposition
    takes that phrase up to the surname: "„…“, sagte die Leiterin der Studie, die Schweizer
    Astrophysikerin Lea Baumgartner von der Universität Genf" gives "die Leiterin der Studie,
    die Schweizer Astrophysikerin Lea Baumgartner". The name is a first name of
    ``data/names.toml`` and the capitalised word after it.

    Examples
    --------
    >>> import analysis_kit as ak
    >>> corpus = ak.load(pl.DataFrame({"text": [
    ...     "„Wir haben lange gehofft“, sagte die Leiterin der Studie, die Schweizer "
    ...     "Astrophysikerin Lea Baumgartner von der Universität Genf."]}))
    >>> quotes(corpus).get_column("speaker").to_list()
    ['die Leiterin der Studie, die Schweizer Astrophysikerin Lea Baumgartner']
    """
    first_names = _name_series()["first"]
    unnamed = (
        pl.col("speaker").str.contains(_latin(r"^[Dd](?:er|ie)\s+(?:\p{Ll}+e\s+)*\p{Lu}"))
        & ~pl.col("speaker").str.contains(",")
        & ~pl.col("speaker")
        .str.extract_all(_latin(r"\p{Lu}\p{Ll}+"))
        .list.eval(pl.element().is_in(first_names))
        .list.any()
        & pl.col("_sp_s").is_not_null()
    ).fill_null(False)
    if not q.select_seq(unnamed.any()).item():
        return q
    rest = (
        _after_speaker(q, unnamed, paragraphs)
        .with_columns_seq(pl.col("_rest").str.extract_groups(_latin(_APPOSED_PHRASE)).alias("_g"))
        .filter(
            pl.col("_g").struct.field("art")
            == pl.col("speaker").str.extract(r"^(\S+)").str.to_lowercase()
        )
        .with_columns_seq(pl.col("_g").struct.field("words").str.split(" ").alias("_w"))
        # (where the first name stands among the words, a capitalised word after it)
        .with_columns_seq(
            pl.col("_w")
            .list.eval(
                (
                    pl.element().is_in(first_names)
                    & pl.element().shift(-1).str.contains(_latin(r"^\p{Lu}"))
                ).arg_true()
            )
            .list.first()
            .alias("_at")
        )
        .filter(pl.col("_at").is_not_null())
        .with_columns_seq(
            (
                pl.col("speaker")
                + pl.lit(", ")
                + pl.col("_g").struct.field("art")
                + pl.lit(" ")
                + pl.col("_g")
                .struct.field("words")
                .str.split(" ")
                .list.head(pl.col("_at") + 2)
                .list.join(" ")
            ).alias("_apposed"),
        )
        # (the phrase ends after the name, as written: no relative clause, "der Sprecher, der
        # Anfang Mai Peter Berg traf")
        .filter(
            (
                pl.col("text").str.slice(pl.col("_sp_s"), pl.col("_apposed").str.len_chars())
                == pl.col("_apposed")
            )
            & pl.col("text")
            .str.slice(pl.col("_sp_s") + pl.col("_apposed").str.len_chars())
            .str.contains(
                r"^(?:\s*[,.;:!?()]|\s*$|\s+(?:von|vom|aus|der|des|am|an|in|im|bei|beim)\s)"
            )
        )
        .select_seq("_q", "_apposed")
    )
    if rest.is_empty():
        return q
    q = q.join(rest, on="_q", how="left").with_columns_seq(
        pl.coalesce("_apposed", "speaker").alias("speaker")
    )
    if "_sp_e" in q.columns:
        q = q.with_columns_seq(
            pl.when(pl.col("_apposed").is_not_null())
            .then(pl.col("_sp_s") + pl.col("speaker").str.len_chars())
            .otherwise(pl.col("_sp_e"))
            .alias("_sp_e")
        )
    return q.drop("_apposed")


def _cut_bare_plural(q: pl.DataFrame) -> pl.DataFrame:
    """Cut the objects after a bare plural of persons that a subject found too long runs on
    into: "Demonstranten" of "Demonstranten Flaschen und Pyrotechnik" (in "hatten Demonstranten
    Flaschen und Pyrotechnik auf Beamte geworfen")."""
    first = pl.col("speaker").str.extract(_latin(r"^(\p{Lu}\p{Ll}+)\s+\p{Lu}"))
    second = pl.col("speaker").str.extract(r"^\S+\s+(\S+)")
    first_names = _name_series()["first"]
    # (the word after it a common noun of the lexicon, no name: not "Wissenschaftler Alan
    # Cummings", "Staatspräsidenten Michail Gorbatschow", "Annette Schavan")
    cut = (
        first.str.contains(_BARE_PLURAL)
        & ~first.is_in(first_names)
        & second.is_in(_lexicon_nouns())
        & ~second.is_in(first_names)
    ).fill_null(False)
    return q.with_columns_seq(
        pl.when(cut).then(first).otherwise(pl.col("speaker")).alias("speaker")
    ).with_columns_seq((pl.col("_sp_s") + pl.col("speaker").str.len_chars()).alias("_sp_e"))


def _share_actors(q: pl.DataFrame) -> pl.DataFrame:
    """Quotes that take their speaker from the same words share the actor one of them found.

    („…“, sagte der Norweger. Man werde die Präsenz „wenn nötig“ verstärken: the second
    quote's speaker is the first's, and so is its actor, found for the first from its
    sentence.)
    """
    key = ["_sp_p", "_sp_s", "speaker"]
    known = pl.col("speaker_actor").is_not_null()
    missing = known.not_() & pl.all_horizontal(pl.col(k).is_not_null() for k in key)
    actor = pl.col("speaker_actor").filter(known).first().over(key)
    side = pl.col("side").filter(known).first().over(key)
    return q.with_columns_seq(
        pl.when(missing).then(actor).otherwise(pl.col("speaker_actor")).alias("speaker_actor"),
        pl.when(missing).then(side).otherwise(pl.col("side")).alias("side"),
    )


def _cut_place(q: pl.DataFrame, m: pl.DataFrame, corpus: Corpus) -> pl.DataFrame:
    """Cut the place of speaking after a speaker named by an actor of the lexicon: "Putin in
    Moskau" → "Putin", "Saakaschwili in Tiflis" → "Saakaschwili" (where a mention ends right
    before it; "der US-Botschafter in Moskau", "der Sprecher der Polizei in Dortmund" keep
    their place, part of the role), or after a bare name, capitalised words with no article
    whose last the article has after a first name (``data/names.toml``) or is no German common
    noun (:func:`_common_word`): "Grossi in Wien" → "Grossi"; "Regierungskreisen in Kiew"
    stays.
    """
    # (an envoy's host is part of the role: "der Botschafter Russlands bei der Nato")
    place = pl.when(~pl.col("speaker").str.contains(rf"{_ENVOY}|(?i:vertreter|beobachter)")).then(
        pl.col("speaker").str.extract(_PLACE_AT_END, 1)
    )
    rows = q.filter(place.is_not_null()).select_seq(
        "_q",
        pl.col("_sp_p").cast(pl.Int64),
        (pl.col("_sp_s") + pl.col("speaker").str.len_chars() - place.str.len_chars())
        .cast(pl.Int64)
        .alias("_cut"),
    )
    if rows.height == 0:
        return q
    ends = m.select_seq(pl.col("_ap").cast(pl.Int64).alias("_sp_p"), pl.col("end").cast(pl.Int64))
    cut = rows.join(ends, left_on=["_sp_p", "_cut"], right_on=["_sp_p", "end"], how="semi")
    # (also after a bare name, capitalised words with no article whose last the article has
    # after a first name, or that is no German common noun: "Grossi in Wien", "Kremlsprecher
    # Dmitri Peskow in Moskau"; a name has no place in it, but "Regierungskreisen in Kiew" is
    # no name)
    bare = q.filter(
        place.is_not_null()
        & pl.col("speaker")
        .str.slice(0, (pl.col("speaker").str.len_chars() - place.str.len_chars()).clip(0))
        .str.contains(_latin(r"^(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*$"))
        & ~pl.col("speaker").str.contains(r"^(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einen|Einem)\s")
    ).select_seq(
        "_q",
        "article_id",
        pl.col("speaker")
        .str.slice(0, (pl.col("speaker").str.len_chars() - place.str.len_chars()).clip(0))
        .str.extract(r"(\S+)$")
        .alias("text"),
    )
    if bare.height:
        # (a name: after a first name in the article, or no German common noun)
        named = (
            _after_first_name(corpus, bare.select_seq("article_id", "text").unique())
            .select_seq("article_id", "text")
            .unique()
            .with_columns_seq(pl.lit(True).alias("_named"))
        )
        common = _common_word(bare.select_seq("_q", pl.col("text").alias("_last")))
        bare = bare.join(named, on=["article_id", "text"], how="left").filter(
            pl.col("_named").fill_null(False) | ~pl.col("_q").is_in(common.implode())
        )
        cut = pl.concat([cut, rows.join(bare.select_seq("_q"), on="_q")]).unique("_q")
    return (
        q.join(cut.select_seq("_q", "_cut"), on="_q", how="left")
        .with_columns_seq(
            pl.when(pl.col("_cut").is_not_null())
            .then(pl.col("speaker").str.slice(0, (pl.col("_cut") - pl.col("_sp_s")).clip(0)))
            .otherwise(pl.col("speaker"))
            .alias("speaker"),
            pl.when(pl.col("_cut").is_not_null())
            .then(pl.col("_cut"))
            .otherwise(pl.col("_sp_e"))
            .alias("_sp_e"),
        )
        .drop("_cut")
    )


#: A person or group named by a role of someone's: "Sein Sprecher", "Ihr Vorsitzender",
#: "Dessen Sprecherin", "Deren Fraktionschef" (with no name of its own).
_OWNED_ROLE = (
    rf"^(?:[Ss]ein|[Ii]hr|[Dd]essen|[Dd]eren)(?:e|er|es|em|en)?\s+(?:{_ADJ}\s+)*"
    r"\p{Lu}[\p{L}-]*\p{Ll}$"
)


#: The side of the default lexicon each nationality of ``_EPITHET`` belongs to ("" for a
#: nation with no side of its own): "der Niederländer" is no epithet of a Russian (see
#: :func:`_link_owners`).
_NATIONALITY_SIDE = {
    **dict.fromkeys(["Russe", "Russin"], "Russia"),
    **dict.fromkeys(["Ukrainer", "Ukrainerin"], "Ukraine"),
    **dict.fromkeys(["Amerikaner", "Amerikanerin", "US-Amerikaner", "US-Amerikanerin"], "USA"),
    "Deutsche": "Germany",
    **dict.fromkeys(["Brite", "Britin"], "United Kingdom"),
    **dict.fromkeys(["Franzose", "Französin"], "France"),
    **dict.fromkeys(["Pole", "Polin"], "Poland"),
    **dict.fromkeys(["Chinese", "Chinesin"], "China"),
    **dict.fromkeys(["Türke", "Türkin"], "Turkey"),
    **dict.fromkeys(["Iraner", "Iranerin"], "Iran"),
    "Israeli": "Israel",
    **dict.fromkeys(["Georgier", "Georgierin"], "Georgia"),
    **dict.fromkeys(["Belarusse", "Belarussin"], "Belarus"),
    **dict.fromkeys(["Este", "Estin"], "Estonia"),
    **dict.fromkeys(["Lette", "Lettin"], "Latvia"),
    **dict.fromkeys(["Litauer", "Litauerin"], "Lithuania"),
    **dict.fromkeys(
        [
            f"{n}{e}"
            for n in (
                "Norweger Österreicher Schweizer Italiener Spanier Niederländer Belgier "
                "Japaner Kanadier Australier Ungar Luxemburger Isländer Argentinier "
                "Brasilianer Mexikaner Kolumbianer Venezolaner Kubaner Inder Pakistaner Iraker "
                "Syrer Ägypter Palästinenser Koreaner Südkoreaner Nordkoreaner Armenier "
                "Aserbaidschaner Moldauer Südafrikaner Nigerianer Kenianer Indonesier"
            ).split()
            for e in ("", "in")
        ]
        + (
            "Däne Dänin Schwede Schwedin Finne Finnin Tscheche Tschechin Portugiese "
            "Portugiesin Grieche Griechin Ire Irin Slowake Slowakin Slowene Slowenin Kroate "
            "Kroatin Serbe Serbin Bulgare Bulgarin Rumäne Rumänin Kasache Kasachin Afghane "
            "Afghanin Libanese Libanesin Chilene Chilenin Vietnamese Vietnamesin"
        ).split(),
        "",
    ),
}
#: A party's politician or a member of a political family ("die CDU-Politikerin", "der
#: SPD-Chef", "der Sozialdemokrat").
_PARTY_NOUN = (
    r"\p{Lu}\p{L}*-(?:Politiker|Politikerin|Chef|Chefin|Vorsitzende|Abgeordnete)|"
    r"(?:Sozial|Christ)demokrat(?:in)?|Christsoziale|Freisinnige|Grünliberale|"
    # (and other political families: "der Sozialist", "die Republikanerin"; with the wing or
    # the degree first: "der Rechtspopulist", "die Nationalkonservative", "der Ex-Kommunist")
    r"(?:(?:Ex-)?(?:Liberale|Konservative|(?:Sozialist|Kommunist|Republikaner|Demokrat|"
    r"Nationalist|Populist|Gaullist)(?:in)?)"
    r"|(?:Rechts|Links|Ultra|National|Sozial|Wirtschafts|Alt)(?:liberale|konservative|"
    r"(?:sozialist|kommunist|republikaner|demokrat|nationalist|populist)(?:in)?))"
)
#: An epithet for a person named just before: a noun of age, a party's politician, a member
#: of a political family or a nation ("der 45-Jährige", "die CDU-Politikerin", "der SPD-Chef",
#: "der Sozialdemokrat", "der Norweger", "die Französin").
#: People of a region or a city of the German-speaking countries, as epithets ("die
#: Walliserin", "der Tessiner", "der Burgenländer", "der Münchner").
_REGIONAL_DEMONYMS = [
    "Sächsin",
    "Hessin",
    "Schwäbin",
    "Fränkin",
    "Westfälin",
    "Ostfriesin",
] + [
    f"{stem}{ending}"
    for stem in (
        "Zürcher Berner Basler Luzerner Walliser Tessiner Bündner Thurgauer Aargauer Genfer "
        "Waadtländer Freiburger Schaffhauser Appenzeller Glarner Zuger Urner Schwyzer Solothurner "
        "Neuenburger Jurassier Wiener Grazer Linzer Salzburger Innsbrucker Kärntner Tiroler "
        "Vorarlberger Burgenländer Steirer Niederösterreicher Oberösterreicher Münchner Berliner "
        "Hamburger Kölner Frankfurter Stuttgarter Düsseldorfer Dresdner Leipziger Bremer "
        "Hannoveraner Rheinländer Westfale Pfälzer Saarländer Thüringer Brandenburger Hesse "
        "Schwabe Franke Bayer Sachse Ostfriese Mecklenburger "
        # (cities of Germany and Austria with a demonym of their own)
        "Bochumer Dortmunder Essener Duisburger Bonner Mainzer Kieler Lübecker Rostocker "
        "Magdeburger Erfurter Nürnberger Augsburger Regensburger Würzburger Heidelberger "
        "Karlsruher Mannheimer Ulmer Bielefelder Münsteraner Osnabrücker Braunschweiger "
        "Chemnitzer Potsdamer Schweriner Wiesbadener Saarbrücker Trierer Kasseler Göttinger "
        "Aachener Wuppertaler Gelsenkirchener Oldenburger Hallenser Jenaer Weimarer Klagenfurter "
        "Villacher Bregenzer Passauer Ingolstädter Darmstädter Offenbacher Bamberger Bayreuther"
    ).split()
    # (the feminine in -in, where it is made so: "die Walliserin", "die Bayerin")
    for ending in ("", "" if stem.endswith("e") else "in")
]
_EPITHET = (
    rf"^[Dd](?:er|ie)\s+(?:{_ADJ}\s+)*(?:\d+-[Jj]ährige|{_PARTY_NOUN}|"
    rf"{_alternatives(list(_NATIONALITY_SIDE))}|{_alternatives(_REGIONAL_DEMONYMS)}|"
    # (one from any town by birth: "die gebürtige Bochumerin", "der gebürtige Passauer")
    r"gebürtiger?\s+\p{Lu}[\p{L}-]*er(?:in)?)$"
)
#: The epithets of ``_EPITHET`` that name a party's politician.
_PARTY_EPITHET = rf"(?:^|\s)(?:{_PARTY_NOUN})$"
#: The endings of common nouns that no surname has ("Speicherung", "Freiheit", "Nation").
_NOUN_ENDING = r"(?:ung|ungen|heit|keit|schaft|tion|ität|ismus|ment|nis|tum|ie|ik|age|anz|enz|ur)$"
#: Sides of the default lexicon that are states (a person of one has its nationality).
_STATE_SIDES = sorted({v for v in _NATIONALITY_SIDE.values() if v} | {"Syria", "North Korea"})


#: A role right before a name: "Präsident Dmitri Medwedew", "US-Außenministerin Hillary
#: Clinton", "dem russischen Präsidenten Wladimir Putin" (the role's word first, the surname
#: last).
_ROLE_WORD = (
    r"[\p{L}-]*(?i:präsident|minister|kanzler|chef|botschafter|diplomat|premier|gesandter|"
    r"sprecher|sekretär|general|gouverneur|bürgermeister|generalleutnant|generalmajor|"
    r"generaloberst|admiral|oberst|kommandeur|befehlshaber|inspekteur|kommissar|kommandant|"
    r"beauftragter?|vorsitzender?|oberstleutnant|major|hauptmann|fregattenkapitän|"
    r"korvettenkapitän|kapitän|"
    # (the law, scholars and members: "die Vorsitzende Richterin Dorothea X")
    r"richter|staatsanwalt|anwalt|verteidiger|professor|direktor|leiter|abgeordneter?|senator|"
    r"berater|politologe|historiker|forscher|berichterstatter|"
    # (experts: "Marineexperte X", "Militäranalystin X", "Ökonom X")
    r"expert(?:e|in)|analyst|ökonom|wissenschaftler|"
    # (sport: "Aues Trainer Uwe X", "Teammanager X", "Torwart X", "Nationalspieler X")
    r"trainer|coach|manager|torwart|torhüter|stürmer|spieler|"
    # (politics: "Oppositionspolitiker X", "Oppositionsführerin X", "Machthaber X")
    r"politiker|führer|machthaber|"
    # (the accused: "den Angeklagten X")
    r"angeklagter?|beschuldigter?|"
    # (a municipality's head: "Gemeindeammann X", "Ortsvorsteher X"; a council's member:
    # "Regierungsrat X", "Landesrätin X")
    r"ammann|vorsteher|rat|rätin|"
    # (the arts and the press: "den italienischen Regisseur Luca X", "Intendantin Katharina
    # X", "Autorin X")
    r"regisseur|intendant|dirigent|komponist|autor|schriftsteller|künstler|musiker|sänger|"
    r"schauspieler|fotograf|journalist|reporter|moderator|"
    # (trades and care: "Unternehmer X", "Chefarzt X", "Ärztin X", "Pfarrer X")
    r"unternehmer|ingenieur|architekt|arzt|ärzt|pfarrer)(?:in|en|n)?"
)
#: A role with a description and a name in apposition: "Der zuständige EU-Kommissar, der
#: Österreicher Florian X", "Die Berichterstatterin für die Reform, die niederländische
#: Liberale Femke de Groot" (group ``name``: the name; see :func:`_epithets_back`).
_ROLE_DESCRIBED_NAME = (
    rf"{_ROLE_WORD}(?:\s+(?:für|des|der|im|in)\s+(?:[^\s,]+\s+){{0,2}}[^\s,]+)?,\s+(?:der|die)\s+"
    r"(?:\p{Ll}+e\s+)*\p{Lu}[\p{L}-]+\s+"
    r"(?P<name>(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){0,2}"
    r"(?:(?:von\s+der|van\s+der|van|de|da|di|del|dos|la|le|ter|ten)\s+)?"
    rf"{_ARABIC_ARTICLE}?\p{{Lu}}[\p{{L}}\p{{M}}'’-]+)"
)
#: A role of a body with a name in apposition: "Sprecher des Kremls, Dmitri Peskow", "Leiterin
#: der Behörde (BfS), Inge Paulini" (see :func:`_epithets_back`).
_ROLE_OF_BODY_NAME = (
    rf"{_ROLE_WORD}\s+(?:des|der)\s+(?:\p{{Ll}}+e[nrs]?\s+)?\p{{Lu}}[\p{{L}}-]+"
    r"(?:\s*\([^()]{1,20}\))?,\s+(?:\p{Lu}\.\s+|\p{Lu}[\p{L}\p{M}'’-]*\s+){0,2}"
    r"\p{Lu}[\p{L}\p{M}'’-]+"
)
_ROLE_BEFORE_NAME = (
    # (a country's or body's genitive may stand between: "Verteidigungsminister der Ukraine
    # Ruslan X", as translated pages write it)
    # (and its field with "für": "Minister für auswärtige Angelegenheiten der Russischen
    # Föderation Sergej X"; an adjective before the genitive: "Abgeordnete der
    # oppositionellen CHP Serkan X")
    rf"{_ROLE_WORD}(?:\s+für\s+(?:\p{{Ll}}+\s+)?\p{{Lu}}[\p{{L}}-]+)?"
    rf"(?:\s+(?:der|des)\s+(?:\p{{Ll}}+e[nrs]?\s+|\p{{Lu}}\p{{Ll}}+en\s+)?\p{{Lu}}[\p{{L}}-]+)?\s+"
    r"(?:\p{Lu}\.\s+|\p{Lu}[\p{L}\p{M}'’-]*\s+){0,2}"
    # (with the particles of a surname: "Regisseur Luca de Santis", "Ursula von der Leyen")
    # (or its Arabic article: "Ministerpräsident Mohammed Schia al-Sudani")
    r"(?:(?:von\s+der|van\s+der|van|de|da|di|del|dos|la|le|ter|ten)\s+)?"
    rf"{_ARABIC_ARTICLE}?\p{{Lu}}[\p{{L}}\p{{M}}'’-]+"
)
#: ... with the roles a name carries for a role epithet too, of ``_MASCULINE_ROLE_WORDS``
#: beyond ``_ROLE_WORD``: "Brigadier Reinhard X ... sagte der Brigadier" (see
#: :func:`_epithets_back`).
_CARRIED_ROLE_BEFORE_NAME = _ROLE_BEFORE_NAME.replace(
    _ROLE_WORD,
    _ROLE_WORD.replace(
        "pfarrer)",
        "pfarrer|brigadier|leutnant|marschall|offizier|korrespondent|ermittler|kritiker|bischof|"
        "kardinal|rektor|ankläger|soziologe|psychologe|epidemiologe|infektiologe|immunologe|"
        "biologe|chemiker|meteorologe|psychiater|jurist|aktivist|pilot|kandidat|gründer|"
        "mediziner|virologe|physiker|redakteur|unterhändler|vermittler|polizist|priester|imam|"
        "rabbiner|torschütze|sportler|athlet|läufer|fahrer|schwimmer|boxer|angreifer|keeper|"
        "spielmacher|landwirt|student|lehrer)",
    ),
)
#: "Former" with adjectives before a role: "frühere russische " (of "Der frühere russische
#: Präsident Dmitri Medwedew"), optional.
_FORMER_WORDS = r"(?:frühere|ehemalige|einstige|vormalige)[rn]?\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}"
_FORMER = rf"(?:{_FORMER_WORDS})?"
#: A word of ``_ROLE_WORD`` alone: "Oberstleutnant".
_ROLE_WORD_ALONE = rf"^{_ROLE_WORD}$"
#: A role with its article and a name in apposition after it: "Die Sprecherin des
#: Außenministeriums, Maria Sacharowa," (group 1 the role, group 2 the name).
_ROLE_APPOSED = (
    rf"\b[Dd](?:er|ie)\s+(?:{_ADJ}\s+)*(\p{{Lu}}[\p{{L}}-]*\p{{Ll}})\b[^,.;:„“»«()]{{0,60}}"
    # (the body's short name in brackets: "Der Generaldirektor der Internationalen
    # Atomenergiebehörde (IAEA), Rafael Grossi,")
    r"(?:\s*\([^()]{1,20}\))?,\s+"
    r"((?:\p{Lu}[\p{L}\p{M}'’-]+\s+){1,2}\p{Lu}[\p{L}\p{M}'’-]+)\s*[,.;]"
)
#: A name with a role in apposition after it: "Fregattenkapitän Jorinde Haselhorst, die
#: Kommandantin" (group 1 the name, group 2 the role).
_NAME_APPOSED_ROLE = (
    r"((?:\p{Lu}[\p{L}\p{M}'’-]+\s+){1,2}\p{Lu}[\p{L}\p{M}'’-]+),\s+(?:der|die)\s+"
    rf"(?:{_ADJ}\s+)*(\p{{Lu}}[\p{{L}}-]*\p{{Ll}})\b"
)
#: Other names of a role that a name may carry for a role epithet (lower case, no hyphens;
#: see :func:`_epithets_back`): "der Kremlchef" is "der russische Präsident X" (a Russian
#: one: see ``misfit`` there), "der Regierungschef" is "Ministerpräsident X", "der
#: Diplomat" is "der Botschafter X".
_ROLE_SYNONYMS = {
    "kremlchef": "kremlchef|präsident|staatschef|staatspräsident",
    "staatschef": "staatschef|präsident|staatspräsident|könig|emir|machthaber|staatsoberhaupt",
    "staatschefin": "staatschefin|präsidentin|staatspräsidentin|königin|machthaberin",
    "regierungschef": (
        "regierungschef|ministerpräsident|premierminister|premier|kanzler|bundeskanzler"
    ),
    "regierungschefin": (
        "regierungschefin|ministerpräsidentin|premierministerin|premierministerin|kanzlerin"
    ),
    "premier": "premier|premierminister|ministerpräsident|regierungschef",
    "premierminister": "premierminister|premier|ministerpräsident|regierungschef",
    "premierministerin": "premierministerin|premier|ministerpräsidentin|regierungschefin",
    "ministerpräsident": "ministerpräsident|premierminister|premier|regierungschef",
    "ministerpräsidentin": "ministerpräsidentin|premierministerin|premier|regierungschefin",
    "diplomat": (
        "diplomat|botschafter|außenminister|gesandter?|unterhändler|chefdiplomat|vermittler|"
        "sondergesandter?|sonderbeauftragter?|außenbeauftragter?"
    ),
    "diplomatin": (
        "diplomatin|botschafterin|außenministerin|gesandte|unterhändlerin|vermittlerin|"
        "sondergesandte|sonderbeauftragte|außenbeauftragte"
    ),
    "chefdiplomat": "chefdiplomat|außenminister",
    # (a politician by an office of politics: "der Politiker" for "der Abgeordnete X",
    # "Bürgermeisterin X")
    "politiker": (
        "politiker|abgeordneter?|minister|kanzler|bürgermeister|senator|parteichef|"
        "parteivorsitzender?|fraktionschef|fraktionsvorsitzender?|regierungschef|"
        "ministerpräsident|premierminister|staatssekretär|oppositionsführer|landrat|stadtrat|"
        "spitzenkandidat|kandidat"
    ),
    "politikerin": (
        "politikerin|abgeordnete|ministerin|kanzlerin|bürgermeisterin|senatorin|parteichefin|"
        "parteivorsitzende|fraktionschefin|fraktionsvorsitzende|regierungschefin|"
        "ministerpräsidentin|premierministerin|staatssekretärin|oppositionsführerin|landrätin|"
        "stadträtin|spitzenkandidatin|kandidatin"
    ),
    "chefdiplomatin": "chefdiplomatin|außenministerin",
    # (a member of the Swiss government heads a department, a minister: "Verteidigungsministerin
    # X ... sagte die Bundesrätin")
    "bundesrat": "bundesrat|minister|bundespräsident|departementschef|departementsvorsteher",
    "bundesrätin": (
        "bundesrätin|ministerin|bundespräsidentin|departementschefin|departementsvorsteherin"
    ),
    # (ranks: "der General" for "Generalleutnant X", "der Admiral" for "Vizeadmiral X")
    "general": (
        "general|generalleutnant|generalmajor|generaloberst|brigadegeneral|armeegeneral|"
        "generalinspekteur"
    ),
    "generalin": "generalin|generalleutnantin|generalmajorin|brigadegeneralin",
    "anwalt": "anwalt|verteidiger|strafverteidiger",
    # (the defence: "der Verteidiger" for "Rechtsanwalt X")
    "verteidiger": "verteidiger|anwalt|strafverteidiger|pflichtverteidiger|wahlverteidiger",
    "verteidigerin": (
        "verteidigerin|anwältin|strafverteidigerin|pflichtverteidigerin|wahlverteidigerin"
    ),
    # (the referee: "der Unparteiische" for "Schiedsrichter X")
    "unparteiische": "unparteiischer?|schiedsrichter|schiedsrichterin|referee",
    "schiedsrichter": "schiedsrichter|unparteiischer?|referee",
    # (the accused, named in any case: "die Strafkammer sprach den Angeklagten X schuldig")
    "angeklagte": "angeklagte|angeklagter|angeklagten",
    "beschuldigte": "beschuldigte|beschuldigter|beschuldigten",
    # (the coach of a team: "der Coach" for "Trainer X", "HSG-Trainer X")
    "coach": "coach|trainer",
    # (one who speaks for human rights: "der Ombudsmann" for "der Menschenrechtsbeauftragte X")
    "ombudsmann": "ombudsmann|menschenrechtsbeauftragter|bürgerbeauftragter|ombudsperson",
    "ombudsfrau": "ombudsfrau|menschenrechtsbeauftragte|bürgerbeauftragte|ombudsperson",
    # (one of the opposition: "der Oppositionelle" for "Oppositionspolitiker X")
    "oppositionelle": (
        "oppositionelle|oppositioneller|oppositionspolitiker|oppositionspolitikerin|"
        "oppositionsführer|oppositionsführerin|regierungskritiker|regierungskritikerin|"
        "dissident|dissidentin"
    ),
    # (the head of a town or a village: "der Ortschef" for "Bürgermeister X", "Gemeindeammann
    # X"; "der Stadtchef" for "Oberbürgermeister X")
    "ortschef": (
        "ortschef|bürgermeister|ortsbürgermeister|ortsvorsteher|gemeindeammann|"
        "gemeindepräsident|dorfchef"
    ),
    "ortschefin": (
        "ortschefin|bürgermeisterin|ortsbürgermeisterin|ortsvorsteherin|gemeindepräsidentin"
    ),
    "stadtchef": "stadtchef|oberbürgermeister|bürgermeister|stadtpräsident",
    "stadtchefin": "stadtchefin|oberbürgermeisterin|bürgermeisterin|stadtpräsidentin",
    "trainer": "trainer|coach",
    # (one who writes books: "die Autorin" for "die Schriftstellerin X")
    "autor": "autor|schriftsteller|romanautor|dichter|lyriker|romancier|publizist|verfasser",
    "autorin": (
        "autorin|schriftstellerin|romanautorin|dichterin|lyrikerin|publizistin|verfasserin"
    ),
    "schriftsteller": "schriftsteller|autor|romanautor|dichter|romancier",
    "schriftstellerin": "schriftstellerin|autorin|romanautorin|dichterin",
    # (the head of a company: "die Unternehmenschefin" for "Vorstandschefin X", "der
    # Konzernchef" for "der Vorstandsvorsitzende X")
    "unternehmenschef": (
        "unternehmenschef|konzernchef|firmenchef|vorstandschef|vorstandsvorsitzender?|"
        "geschäftsführer|firmeninhaber|inhaber"
    ),
    "unternehmenschefin": (
        "unternehmenschefin|konzernchefin|firmenchefin|vorstandschefin|vorstandsvorsitzende|"
        "geschäftsführerin|firmeninhaberin|inhaberin"
    ),
    "konzernchef": "konzernchef|unternehmenschef|vorstandschef|vorstandsvorsitzender?",
    "konzernchefin": "konzernchefin|unternehmenschefin|vorstandschefin|vorstandsvorsitzende",
    "firmenchef": "firmenchef|unternehmenschef|geschäftsführer|firmeninhaber|inhaber",
    "firmenchefin": "firmenchefin|unternehmenschefin|geschäftsführerin|firmeninhaberin|inhaberin",
    # (the prosecution and the law: "die Anklägerin" for "Oberstaatsanwältin X", "der Jurist"
    # for "der Bankrechtler X")
    "ankläger": "ankläger|staatsanwalt|bundesanwalt",
    "anklägerin": "anklägerin|staatsanwältin|bundesanwältin",
    "jurist": "jurist|anwalt|richter|rechtler|rechtswissenschaftler|notar|staatsanwalt",
    "juristin": (
        "juristin|anwältin|richterin|rechtlerin|rechtswissenschaftlerin|notarin|staatsanwältin"
    ),
    # (an officer: any rank)
    "offizier": (
        "offizier|oberst|oberstleutnant|major|hauptmann|leutnant|general|generalleutnant|"
        "generalmajor|generaloberst|brigadegeneral|admiral|vizeadmiral|konteradmiral|"
        "flottillenadmiral|kapitän|fregattenkapitän|korvettenkapitän|kommandeur"
    ),
    "offizierin": (
        "offizierin|oberstin|oberstleutnantin|majorin|hauptfrau|generalin|brigadegeneralin|"
        "kapitänin|fregattenkapitänin|korvettenkapitänin|kommandeurin"
    ),
    "anwältin": "anwältin|verteidigerin|strafverteidigerin",
    "admiral": "admiral|vizeadmiral|konteradmiral|flottillenadmiral|großadmiral",
    # (in Ukraine the head of a region's military administration, "der Chef der regionalen
    # Militärverwaltung, X", is its governor)
    # (a scholar by another name of the trade: "der Professor" for "den Ökonomen X", "die
    # Wissenschaftlerin" for "die Politologin X")
    "professor": "professor|ökonomen?|wissenschaftler|forscher|ologen?|historiker|physiker",
    "professorin": (
        "professorin|ökonomin|wissenschaftlerin|forscherin|ologin|historikerin|physikerin"
    ),
    "wissenschaftler": "wissenschaftler|forscher|ökonomen?|ologen?|historiker|physiker|professor",
    "wissenschaftlerin": (
        "wissenschaftlerin|forscherin|ökonomin|ologin|historikerin|physikerin|professorin"
    ),
    "forscher": "forscher|wissenschaftler|ologen?|physiker|professor",
    "forscherin": "forscherin|wissenschaftlerin|ologin|physikerin|professorin",
    "gouverneur": "gouverneur|militärgouverneur|gebietsgouverneur|militärverwaltungschef",
    "gouverneurin": "gouverneurin|militärgouverneurin|gebietsgouverneurin|militärverwaltungschefin",
}
#: The head of a region's military or civil administration named by a phrase ("Der Chef der
#: regionalen Militärverwaltung", "die Leiterin der Gebietsverwaltung"): one role,
#: ``militärverwaltungschef``, another name of the governor (see ``_ROLE_SYNONYMS``).
_ADMINISTRATION_HEAD = (
    r"^(?i:[Dd](?:er|ie)\s+(?:chef|leiter)(in)?\s+der\s+(?:[\p{L}-]+\s+){0,2}"
    r"[\p{L}-]*(?:militär|gebiets|regional|bezirks)verwaltung)"
)


def _nationality_fits(epithet: pl.Expr, side: pl.Expr) -> pl.Expr:
    """Whether a person of ``side`` can be called ``epithet``: any, unless the epithet is a
    nationality and the side a state's other than that nationality's."""
    nation = epithet.str.extract(_latin(r"([\p{L}-]+)$")).replace_strict(
        _NATIONALITY_SIDE, default=None, return_dtype=pl.String
    )
    return (nation.is_null() | ~side.is_in(_STATE_SIDES) | (side == nation)).fill_null(True)


def _party_fits(epithet: pl.Expr, side: pl.Expr) -> pl.Expr:
    """Whether a person of ``side`` can be called ``epithet``: a party's politician is a
    state's, not an alliance's ("der SPD-Politiker" is not Rutte)."""
    return (~epithet.str.contains(_PARTY_EPITHET) | side.is_in(_STATE_SIDES)).fill_null(True)


#: An office of a state that no country names ("Ein Sprecher des Außenministeriums", "Das
#: Verteidigungsministerium", "die Präsidialverwaltung"): the state the sentence before has
#: as its subject ("Moskau reagierte scharf.").
#: A spokesperson named by no one's name: "ein Sprecher", "eine Sprecherin".
_UNNAMED_SPOKESPERSON = r"^(?:[Ee]in|[Ee]ine)\s+(?:Sprecher|Sprecherin|Vertreter|Vertreterin)$"
_UNNAMED_OFFICE = (
    r"^(?:(?:[Ee]in|[Ee]ine|[Dd]er|[Dd]ie)\s+(?:Sprecher|Sprecherin|Vertreter|Vertreterin|"
    r"Mitarbeiter|Mitarbeiterin)\s+(?:des|der)\s+|[Dd](?:as|ie|er)\s+)"
    r"(?:(?:Außen|Verteidigungs|Innen|Justiz|Finanz|Wirtschafts|Energie|Gesundheits)?"
    r"[Mm]inisteriums?|Präsidialamts?|Präsidialverwaltung|Regierung|Botschaft|Generalstabs?|"
    r"Außenamts?)$"
)


def _link_owners(
    q: pl.DataFrame, m: pl.DataFrame, subjects: pl.DataFrame, paragraphs: pl.DataFrame
) -> pl.DataFrame:
    """Actor and side of a speaker named by a role of someone's, from that someone: the
    subject of the sentence before the speaker's ("Der Kreml wies die Vorwürfe zurück. Sein
    Sprecher sagte ..." → Kremlin; "Die Regierung in Kiew schwieg. Ihr Sprecher ..." →
    Ukraine; "Die Nato wies das zurück. ..., sagte ein Sprecher" → NATO: an unnamed
    spokesperson speaks for a state, an office or an organisation, not for a person). An owner
    the lexicon does not know leaves the speaker unlinked; the speaker's text stays as
    written. An epithet ("der 45-Jährige", "die CDU-Politikerin") takes the one person of the
    lexicon of its gender (see :func:`_gender`) that sentence names, else the speaker of the
    quote before (see :func:`_epithet_of_speaker_before`); a nationality only a person of
    no other state ("der Niederländer" is not Putin), a party's politician only a person of a
    state ("der SPD-Politiker" is not Rutte).
    ``subjects``: what :func:`_speakers` found in the texts around the quotes.
    """
    role = pl.col("speaker").str.contains(_latin(r"^\p{Lu}[\p{L}-]*\p{Ll}$"))
    epithet = pl.col("speaker").str.contains(_EPITHET)
    # (an unnamed spokesperson speaks for the body before: a state, an office or an
    # organisation of the lexicon)
    office = pl.col("speaker").str.contains(_UNNAMED_OFFICE) | pl.col("speaker").str.contains(
        _UNNAMED_SPOKESPERSON
    )
    candidates = pl.col("speaker_actor").is_null() & (
        pl.col("speaker").str.contains(_OWNED_ROLE) | role | epithet | office
    )
    if q.filter(candidates.fill_null(False)).height == 0:
        return q
    # (a possessive in lower case before a bare role, where a rule left it out of the span)
    q = q.join(
        q.filter(candidates.fill_null(False) & role)
        .join(paragraphs.select_seq(pl.col("_p").alias("_sp_p"), "text"), on="_sp_p")
        .select_seq(
            "_q",
            pl.col("text")
            .str.slice(0, pl.col("_sp_s"))
            .str.contains(r"\b(?:sein|ihr|dessen|deren)(?:e|er|es|em|en)?\s+$")
            .alias("_owned"),
        ),
        on="_q",
        how="left",
    )
    todo = (
        pl.col("speaker_actor").is_null()
        & (pl.col("speaker").str.contains(_OWNED_ROLE) | pl.col("_owned") | epithet | office)
    ).fill_null(False)
    # the speaker in the quote's sentence: the sentence before; in the sentence before: the
    # one before that (in the same paragraph)
    own = (pl.col("_sp_p") == pl.col("_p")) & (pl.col("_sp_s") >= pl.col("_ss"))
    before = (
        (pl.col("_sp_p") == pl.col("_prev_p"))
        & (pl.col("_sp_s") >= pl.col("_prev_start"))
        & (pl.col("_sp_s") < pl.col("_ss"))
    )
    rows = q.filter(todo).select_seq(
        "_q",
        pl.when(own)
        .then(pl.lit("_prev_text"))
        .when(before)
        .then(pl.lit("_prev2text"))
        .alias("_col"),
        pl.when(own).then(pl.col("_prev_p")).when(before).then(pl.col("_p")).alias("_sp_p"),
        pl.when(own)
        .then(pl.col("_prev_start"))
        .when(before)
        .then(pl.col("_prev2start"))
        .cast(pl.Int64)
        .alias("_text_s"),
        pl.when(own)
        .then(pl.col("_prev_text").str.len_chars())
        .when(before)
        .then(pl.col("_prev2text").str.len_chars())
        .cast(pl.Int64)
        .alias("_text_n"),
    )
    # an epithet takes up the one person of the lexicon of its gender that the sentence
    # names ("der 45-Jährige" no "die Ministerin"; "Lawrow traf Baerbock. „…“, sagte die
    # Grünen-Politikerin": Baerbock); two of its gender leave it unlinked
    epithets = q.filter(todo & epithet).select_seq(
        "_q",
        "_ng",
        pl.when(pl.col("speaker").str.contains(r"^[Dd]ie\s"))
        .then(pl.lit("sie"))
        .otherwise(pl.lit("er"))
        .alias("_epithet"),
        pl.col("speaker").alias("_eword"),
    )
    persons = (
        rows.join(epithets, on="_q")
        .join(
            m.filter(pl.col("actor_kind") == "person").select_seq(
                pl.col("_ap").cast(pl.Int64).alias("_sp_p"),
                pl.col("start").cast(pl.Int64).alias("_ms"),
                pl.col("match").alias("_match"),
                pl.col("actor").alias("_actor"),
                pl.col("side").alias("_side"),
            ),
            on="_sp_p",
        )
        .filter(
            (pl.col("_ms") >= pl.col("_text_s"))
            & (pl.col("_ms") < pl.col("_text_s") + pl.col("_text_n"))
            & _agrees(pl.col("_epithet"), pl.col("_match"), pl.col("_ng"))
            & _nationality_fits(pl.col("_eword"), pl.col("_side"))
            & _party_fits(pl.col("_eword"), pl.col("_side"))
        )
        .group_by("_q")
        .agg(
            pl.col("_actor").first(),
            pl.col("_side").first(),
            pl.col("_actor").n_unique().alias("_n"),
        )
        .filter(pl.col("_n") == 1)
        .select_seq("_q", "_actor", "_side")
    )
    q = _take_actor(q, persons)
    q = _take_actor(q, _epithet_of_speaker_before(q, m, epithets, paragraphs))
    # a role of someone's: the subject of the sentence before
    owners = (
        rows.join(epithets, on="_q", how="anti")
        .join(subjects, on=["_q", "_col"])
        .filter(~pl.col("_xspk").is_in(_PRONOUNS))
        .select_seq(
            "_q",
            pl.col("_sp_p").cast(pl.Int64),
            (pl.col("_text_s") + pl.col("_xoff")).alias("_sp_s"),
            (pl.col("_text_s") + pl.col("_xoff") + pl.col("_xspk").str.len_chars()).alias("_sp_e"),
            pl.col("_xspk").alias("speaker"),
        )
    )
    # (an office's owner is a state: a country or its capital, "Moskau", "der Kreml"; a
    # spokesperson's also an organisation: "Die Nato wies das zurück. ..., sagte ein Sprecher")
    spokes = pl.col("speaker").str.contains(_UNNAMED_SPOKESPERSON)
    states = pl.concat(
        [
            m.filter(pl.col("actor_kind").is_in(["country", "place-as-metonym"])).select_seq(
                "actor", pl.lit(False).alias("_org")
            ),
            m.filter(pl.col("actor_kind") == "organisation").select_seq(
                "actor", pl.lit(True).alias("_org")
            ),
        ]
    )
    offices = q.filter(todo & office).select_seq("_q", spokes.alias("_spokes"))
    linked = (
        _linked(owners, m)
        .join(offices.with_columns_seq(pl.lit(True).alias("_office")), on="_q", how="left")
        .filter(
            pl.col("_office").is_null()
            | pl.col("speaker_actor").is_in(
                states.filter(~pl.col("_org"))["actor"].unique().implode()
            )
            | (
                pl.col("_spokes").fill_null(False)
                & pl.col("speaker_actor").is_in(states["actor"].unique().implode())
            )
        )
        .drop("_office", "_spokes")
        .rename({"speaker_actor": "_oactor", "side": "_oside"})
    )
    return (
        q.join(linked, on="_q", how="left")
        .with_columns_seq(
            pl.coalesce("speaker_actor", "_oactor").alias("speaker_actor"),
            pl.when(pl.col("speaker_actor").is_null())
            .then(pl.col("_oside"))
            .otherwise(pl.col("side"))
            .alias("side"),
        )
        .drop("_oactor", "_oside", "_owned")
    )


def _epithet_of_speaker_before(
    q: pl.DataFrame, m: pl.DataFrame, epithets: pl.DataFrame, paragraphs: pl.DataFrame
) -> pl.DataFrame:
    """Actor and side (``_q, _actor, _side``) of an epithet the sentence before did not
    explain: the speaker of the last quote before it with a speaker, in its paragraph or the
    one before, if a person of the lexicon of the epithet's gender, and no other person of the
    lexicon, nor anything that looks like a name, is between ("„…“, sagte Rutte. / „…“,
    betonte der Niederländer" → Mark Rutte; not where the last speaker is someone the
    lexicon does not know, nor after "SPD-Fraktionschef Rolf Mützenich widersprach.")."""
    left = epithets.join(q.filter(pl.col("speaker_actor").is_null()), on="_q", how="semi")
    people = m.filter(pl.col("actor_kind") == "person")
    if left.height == 0 or people.height == 0:
        return pl.DataFrame(schema={"_q": pl.UInt32, "_actor": pl.String, "_side": pl.String})
    people = people.select_seq(
        "article_id",
        pl.col("_ap").cast(pl.Int64),
        pl.col("start").cast(pl.Int64).alias("_ms"),
        pl.col("actor").alias("_mactor"),
    )
    earlier = q.filter(pl.col("speaker").is_not_null()).select_seq(
        "article_id",
        pl.col("_q").alias("_pq"),
        pl.col("_p").cast(pl.Int64).alias("_pp"),
        # (where it ends, or its speaker after it: a name inside it, or the speaker's own, is
        # none between: „…“, sagte Friedrich Merz.)
        pl.col("_pe").cast(pl.Int64).alias("_pe_"),
        pl.when((pl.col("_sp_p") == pl.col("_pe")) & (pl.col("_sp_e") > pl.col("end_offset")))
        .then(pl.col("_sp_e"))
        .otherwise(pl.col("end_offset"))
        .cast(pl.Int64)
        .alias("_ps"),
        pl.col("speaker").alias("_pspk"),
        pl.col("speaker_actor").alias("_actor"),
        pl.col("side").alias("_side"),
    )
    found = (
        left.join(
            q.select_seq(
                "_q",
                "article_id",
                pl.col("_p").cast(pl.Int64).alias("_qp"),
                pl.col("start").cast(pl.Int64).alias("_qs"),
            ),
            on="_q",
        )
        .join(earlier, on="article_id")
        .filter(pl.col("_pq") < pl.col("_q"))
        # (the last quote before with a speaker)
        .sort("_q", "_pq")
        .unique("_q", keep="last")
        .filter(
            pl.col("_actor").is_in(people["_mactor"].unique().implode())
            & (pl.col("_qp") - pl.col("_pp") <= 1)
            & _agrees(pl.col("_epithet"), pl.col("_pspk"), pl.col("_ng"))
            & _nationality_fits(pl.col("_eword"), pl.col("_side"))
            & _party_fits(pl.col("_eword"), pl.col("_side"))
        )
    )
    # (no other person named between the two quotes)
    crowded = (
        found.join(people, on="article_id")
        .filter(
            (pl.col("_mactor") != pl.col("_actor"))
            & (
                (pl.col("_ap") > pl.col("_pe_"))
                | ((pl.col("_ap") == pl.col("_pe_")) & (pl.col("_ms") >= pl.col("_ps")))
            )
            & _mentioned_before()
        )
        .select_seq("_q")
        .unique()
    )
    # (nor a name the lexicon does not know: two capitalised words after a word in lower
    # case, or three in a row)
    between = _text_between(
        found.select_seq("_q", "_pe_", "_ps", "_qp", "_qs"),
        paragraphs,
        ("_pe_", "_ps"),
        ("_qp", "_qs"),
    ).select_seq("_q", "_between")
    # (words in quote marks are words, no name of someone between: "Der 65-Jährige, der im
    # Westen als „letzter Diktator Europas“ bezeichnet wird, sprach von ...")
    named = between.filter(
        pl.col("_between")
        .str.replace_all(_QUOTED_PART, "")
        .str.contains(
            r"\p{Ll},?\s+\p{Lu}[\p{L}-]+\s+\p{Lu}[\p{L}-]+|"
            r"\p{Lu}[\p{L}-]+\s+\p{Lu}[\p{L}-]+\s+\p{Lu}[\p{L}-]+"
        )
    ).select_seq("_q")
    return (
        found.join(crowded, on="_q", how="anti")
        .join(named, on="_q", how="anti")
        .select_seq("_q", "_actor", "_side")
    )


def _text_between(
    frame: pl.DataFrame, paragraphs: pl.DataFrame, start: tuple[str, str], end: tuple[str, str]
) -> pl.DataFrame:
    """``frame`` with ``_between``: its text from ``start`` to ``end`` (each a pair of columns,
    paragraph key and offset), in one paragraph or across two that follow each other (joined
    by a line break); null where ``end`` is before ``start`` or further away."""
    (p0, s0), (p1, s1) = start, end
    texts = paragraphs.select_seq(pl.col("_p").cast(pl.Int64), "text")
    return (
        frame.join(texts.rename({"_p": p0, "text": "_t1"}), on=p0, how="left")
        .join(texts.rename({"_p": p1, "text": "_t2"}), on=p1, how="left")
        .with_columns_seq(
            pl.when((pl.col(p0) == pl.col(p1)) & (pl.col(s0) <= pl.col(s1)))
            .then(pl.col("_t2").str.slice(pl.col(s0), (pl.col(s1) - pl.col(s0)).clip(0)))
            .when(pl.col(p0) == pl.col(p1) - 1)
            .then(
                pl.concat_str(
                    pl.col("_t1").str.slice(pl.col(s0)),
                    pl.lit("\n"),
                    pl.col("_t2").str.slice(0, pl.col(s1)),
                )
            )
            .alias("_between")
        )
        .drop("_t1", "_t2")
    )


def _mentioned_before() -> pl.Expr:
    """A mention (paragraph ``_ap``, start ``_ms``) before a place (``_qp``, ``_qs``)."""
    return (pl.col("_ap") < pl.col("_qp")) | (
        (pl.col("_ap") == pl.col("_qp")) & (pl.col("_ms") < pl.col("_qs"))
    )


def _latest_mention(found: pl.DataFrame) -> pl.DataFrame:
    """The latest mention for each quote: ``_q, _actor, _side``."""
    return (
        found.sort("_q", "_ap", "_ms").unique("_q", keep="last").select_seq("_q", "_actor", "_side")
    )


def _words_at_mentions(
    m: pl.DataFrame, paragraphs: pl.DataFrame, *, before: str, after: str
) -> pl.DataFrame:
    """The word ``before`` finds right before each mention and the one ``after`` finds right
    after it (group 1), in lower case: ``article_id, _ap, _ms, _actor, _side, _word``."""
    named = m.join(paragraphs.select_seq(pl.col("_p").alias("_ap"), "text"), on="_ap")
    keys = ("article_id", "_ap", "start", "actor", "side")
    return (
        pl.concat(
            [
                named.select_seq(
                    *keys, pl.col("text").str.slice(0, pl.col("start")).str.extract(before, 1)
                ),
                named.select_seq(
                    *keys, pl.col("text").str.slice(pl.col("end")).str.extract(after, 1)
                ),
            ]
        )
        .select_seq(
            "article_id",
            pl.col("_ap").cast(pl.Int64),
            pl.col("start").cast(pl.Int64).alias("_ms"),
            pl.col("actor").alias("_actor"),
            pl.col("side").alias("_side"),
            pl.col("text").str.to_lowercase().alias("_word"),
        )
        .drop_nulls("_word")
    )


def _take_actor(q: pl.DataFrame, found: pl.DataFrame) -> pl.DataFrame:
    """Give quotes with no actor yet the ``_actor`` and ``_side`` of ``found``."""
    return (
        q.join(found, on="_q", how="left")
        .with_columns_seq(
            pl.coalesce("speaker_actor", "_actor").alias("speaker_actor"),
            pl.when(pl.col("speaker_actor").is_null() & pl.col("_actor").is_not_null())
            .then(pl.col("_side"))
            .otherwise(pl.col("side"))
            .alias("side"),
        )
        .drop("_actor", "_side")
    )


#: Bodies of a state that a text names by their noun alone once it said whose they are ("das
#: russische Außenministerium ... Das Ministerium", "die Regierung in Kiew ... die Regierung").
_BODY_NOUN = (
    r"(?i:ministeri|regierung|armee|militär|streitkräfte|botschaft|geheimdienst|präsidialamt|"
    r"präsidialverwaltung|generalstab|staatsführung|behörde|staatsanwaltschaft|grenzschutz|"
    r"marine|luftwaffe|parlament|verteidigungsstab|außenamt)"
)
#: A speaker that is such a body with no owner named, or a role of it: "Das Ministerium",
#: "die Regierung", "Ein Sprecher des Ministeriums", "das Verteidigungsministerium" (group 1:
#: the body's noun).
_BODY_SPEAKER = (
    r"^(?:[Dd](?:as|ie|er|es)|[Ee]in(?:e|es|er)?)\s+(?:\p{Lu}\p{Ll}+\s+(?:des|der)\s+)?"
    rf"(?:{_ADJ}\s+)?(\p{{Lu}}[\p{{Ll}}-]*\p{{Ll}})$"
)
#: The noun a mention makes a body of, after it ("russische Außenministerium",
#: "US-Verteidigungsministerium", "Russlands Regierung") ...
_BODY_AFTER_MENTION = rf"^(?:-|\s+(?:{_ADJ}\s+)?)(\p{{Lu}}?[\p{{Ll}}-]+)"
#: ... or before it ("Regierung in Kiew", "Streitkräfte der Ukraine", "Außenministerium in
#: Moskau").
_BODY_BEFORE_MENTION = rf"(\p{{Lu}}[\p{{Ll}}-]+)\s+(?:in|aus|der|des)\s+(?:{_ADJ}\s+)?$"


def _link_bodies(q: pl.DataFrame, m: pl.DataFrame, paragraphs: pl.DataFrame) -> pl.DataFrame:
    """Actor and side of a speaker that is a body of a state named by its noun alone.

    "Das Ministerium", "die Regierung", "ein Sprecher des Ministeriums" take the actor of the
    latest mention before the speaker that made such a body of a state of the lexicon: the
    mention's noun after it (*das russische Außenministerium*, *das
    US-Verteidigungsministerium*) or before it (*die Regierung in Kiew*) holds the speaker's
    noun (*Ministerium* in *Außenministerium*; *das Außenministerium* is not the
    *Verteidigungsministerium*). A body the article gave to no actor stays unlinked; the
    speaker's text stays as written.
    """
    key = (
        pl.col("speaker")
        .str.extract(_BODY_SPEAKER, 1)
        .str.to_lowercase()
        .str.extract(rf"^(.*{_BODY_NOUN})", 1)
    )
    todo = (
        q.filter(pl.col("speaker_actor").is_null() & pl.col("_sp_p").is_not_null())
        .select_seq(
            "_q",
            "article_id",
            pl.col("_sp_p").cast(pl.Int64).alias("_qp"),
            pl.col("_sp_s").cast(pl.Int64).alias("_qs"),
            key.alias("_key"),
        )
        .drop_nulls("_key")
    )
    if todo.height == 0:
        return q
    bodies = _words_at_mentions(
        m.filter(pl.col("actor_kind") != "person"),
        paragraphs,
        before=_BODY_BEFORE_MENTION,
        after=_BODY_AFTER_MENTION,
    )
    found = todo.join(bodies, on="article_id").filter(
        _mentioned_before() & pl.col("_word").str.contains(pl.col("_key"), literal=True)
    )
    return _take_actor(q, _latest_mention(found))


def _unlinked(q: pl.DataFrame, speaker: str, extra: pl.Expr) -> pl.DataFrame:
    """The quotes whose speaker has no actor yet and matches ``speaker``: ``_q, article_id,
    _qp, _qs`` (the speaker's paragraph and start) and the column ``extra``."""
    return q.filter(
        pl.col("speaker_actor").is_null()
        & pl.col("_sp_p").is_not_null()
        & pl.col("speaker").str.contains(speaker)
    ).select_seq(
        "_q",
        "article_id",
        pl.col("_sp_p").cast(pl.Int64).alias("_qp"),
        pl.col("_sp_s").cast(pl.Int64).alias("_qs"),
        extra,
    )


def _link_former_latter(q: pl.DataFrame, m: pl.DataFrame) -> pl.DataFrame:
    """Actor and side of a speaker *letztere(r)* or *erstere(r)*.

    *Letztere* is the person of the lexicon named last before the speaker, *erstere* the
    one named before that one (another person), both in the speaker's paragraph or the one
    before it (*Scholz traf Macron. „…“, so letzterer.* gives Macron; *so ersterer*,
    Scholz). The speaker's text stays as written.
    """
    todo = _unlinked(
        q, rf"^{_FORMER_LATTER}$", pl.col("speaker").str.contains(r"^[Ll]").alias("_latter")
    )
    if todo.height == 0:
        return q
    persons = m.filter(pl.col("actor_kind") == "person").select_seq(
        "article_id",
        pl.col("_ap").cast(pl.Int64),
        pl.col("start").cast(pl.Int64).alias("_ms"),
        pl.col("actor").alias("_actor"),
        pl.col("side").alias("_side"),
    )
    before = (
        todo.join(persons, on="article_id")
        .filter(_mentioned_before() & (pl.col("_ap") >= pl.col("_qp") - 1))
        .sort("_q", "_ap", "_ms")
        # (each person once, at its last mention: "Scholz traf Macron, Scholz sagte ...")
        .unique(["_q", "_actor"], keep="last", maintain_order=True)
        .with_columns_seq(
            pl.int_range(pl.len(), 0, -1).over("_q").alias("_rank")  # 1 = named last
        )
    )
    found = before.filter(
        pl.when(pl.col("_latter")).then(pl.col("_rank") == 1).otherwise(pl.col("_rank") == 2)
    ).select_seq("_q", "_actor", "_side")
    return _take_actor(q, found)


def _after_first_name(corpus: Corpus, words: pl.DataFrame) -> pl.DataFrame:
    """The tokens of ``words`` (``article_id, text``) that stand right after a first name of
    ``data/names.toml``, a middle name between or not ("Rafael Grossi", "Lars Løkke
    Rasmussen"): ``article_id, paragraph, start, text``."""
    first_names = _name_series()["first"]
    before = [
        corpus.tokens.select_seq(
            "article_id",
            "paragraph",
            "sentence",
            (pl.col("token") + k).alias("token"),
            pl.col("text").alias(f"_w{k}"),
        )
        for k in (1, 2)
    ]
    keys = ["article_id", "paragraph", "sentence", "token"]
    return (
        corpus.tokens.join(words, on=["article_id", "text"])
        .join(before[0], on=keys)
        .join(before[1], on=keys, how="left")
        .filter(
            pl.col("_w1").is_in(first_names)
            | (pl.col("_w1").str.contains(_latin(r"^\p{Lu}")) & pl.col("_w2").is_in(first_names))
        )
        .select_seq("article_id", "paragraph", "start", "text")
    )


def _link_surnames(
    q: pl.DataFrame, m: pl.DataFrame, corpus: Corpus, paragraphs: pl.DataFrame
) -> pl.DataFrame:
    """Actor and side of a speaker that is a surname alone (a role may stand before it), for a
    person of the lexicon named with the full name earlier in the article.

    The lexicon names some persons only in full, their surname alone being ambiguous
    (*Anders Fogh Rasmussen*, not *Rasmussen*); once an article has named one in full, the
    surname alone is that person: *Generalsekretär Anders Fogh Rasmussen sagte ...
    „…“, sagte Rasmussen* gives both quotes to him. Where another person with that surname
    (a first name of ``data/names.toml`` before it) was named after him, the surname is
    that other person's, and no actor is given.
    """
    todo = _unlinked(
        q,
        r"^(?:\p{Lu}[\p{Ll}-]+\s+)?\p{Lu}[\p{Ll}-]+$",
        pl.col("speaker").str.extract(r"(\S+)$").alias("_surname"),
    )
    if todo.height == 0:
        return q
    persons = m.filter(
        (pl.col("actor_kind") == "person") & pl.col("match").str.contains(r"\s")
    ).select_seq(
        "article_id",
        pl.col("_ap").cast(pl.Int64),
        pl.col("start").cast(pl.Int64).alias("_ms"),
        pl.col("end").cast(pl.Int64).alias("_me"),
        pl.col("match").str.extract(r"(\S+)$").alias("_surname"),
        pl.col("actor").alias("_actor"),
        pl.col("side").alias("_side"),
    )
    named = todo.join(persons, on=["article_id", "_surname"])
    if named.height == 0:
        return q
    # the other persons of that surname: a first name right before it, outside the mentions
    surnames = named.select_seq("article_id", pl.col("_surname").alias("text")).unique()
    others = (
        _after_first_name(corpus, surnames)
        .join(
            paragraphs.select_seq(
                "article_id", "paragraph", pl.col("_p").cast(pl.Int64).alias("_ap")
            ),
            on=["article_id", "paragraph"],
        )
        .select_seq(
            "article_id",
            "_ap",
            pl.col("start").cast(pl.Int64).alias("_ms"),
            pl.col("text").alias("_surname"),
        )
    )
    covered = others.join(
        persons.select_seq("article_id", "_ap", pl.col("_ms").alias("_ps"), "_me"),
        on=["article_id", "_ap"],
    ).filter((pl.col("_ps") <= pl.col("_ms")) & (pl.col("_ms") < pl.col("_me")))
    others = others.join(
        covered.select_seq("article_id", "_ap", "_ms"), on=["article_id", "_ap", "_ms"], how="anti"
    )
    found = pl.concat(
        [
            named.select_seq("_q", "_qp", "_qs", "_ap", "_ms", "_actor", "_side"),
            todo.join(others, on=["article_id", "_surname"]).select_seq(
                "_q",
                "_qp",
                "_qs",
                "_ap",
                "_ms",
                pl.lit(None, pl.String).alias("_actor"),
                pl.lit(None, pl.String).alias("_side"),
            ),
        ]
    ).filter(_mentioned_before())
    return _take_actor(q, _latest_mention(found))


#: A speaker that is only a role with the definite article and adjectives: "der
#: Generalsekretär", "die Außenministerin", "der ukrainische Präsident" (group 1: the role).
_DESCRIPTION = rf"^[Dd](?:er|ie)\s+(?:{_ADJ}\s+)*(\p{{Lu}}[\p{{Ll}}-]*\p{{Ll}})$"
#: The word before a name, a first name between skipped: "Nato-Generalsekretär (Mark) Rutte".
_WORD_BEFORE_NAME = r"(\S+)\s+(?:\p{Lu}[\p{Ll}-]+\s+)?$"
#: A role in apposition after a name: ", der Generalsekretär der Nato", ", Sprecher des Kremls".
_ROLE_AFTER_NAME = (
    rf"^(?:\s+\p{{Lu}}[\p{{Ll}}-]+)?,\s+(?:(?:der|die)\s+)?(?:{_ADJ}\s+)*"
    r"(\p{Lu}[\p{Ll}-]*\p{Ll})\b"
)


def _link_descriptions(q: pl.DataFrame, m: pl.DataFrame, paragraphs: pl.DataFrame) -> pl.DataFrame:
    """Actor and side of a speaker named by a role only, from the person the article named
    with that role before.

    "der Generalsekretär" takes the actor of the latest person mention before the quote whose
    word before, or whose role in apposition after, is that role or a compound ending in it
    ("Nato-Generalsekretär Mark Rutte", "Generalsekretär Rutte", "Jens Stoltenberg, der
    Generalsekretär der Nato"; hyphens aside); the speaker's text stays as written. A role
    the article gave to no person of the lexicon ("der SPD-Politiker") stays unlinked, and a
    deputy or former holder ("US-Vizepräsident", "Ex-Kanzler") is not "der Präsident", "der
    Kanzler".
    """
    todo = (
        q.filter(pl.col("speaker_actor").is_null() & pl.col("speaker").is_not_null())
        .select_seq(
            "_q",
            "article_id",
            pl.col("_p").cast(pl.Int64).alias("_qp"),
            pl.col("start").cast(pl.Int64).alias("_qs"),
            pl.col("speaker").str.extract(_DESCRIPTION, 1).str.to_lowercase().alias("_role"),
        )
        .drop_nulls("_role")
    )
    if todo.height == 0:
        return q
    # (the word before the name, or the role in apposition after it: "Jens Stoltenberg, der
    # Generalsekretär der Nato"; hyphens aside: "Kreml-Chef" and "Kremlchef")
    persons = _words_at_mentions(
        m.filter(pl.col("actor_kind") == "person"),
        paragraphs,
        before=_WORD_BEFORE_NAME,
        after=_ROLE_AFTER_NAME,
    ).with_columns_seq(pl.col("_word").alias("_raw"), pl.col("_word").str.replace_all("-", ""))
    found = todo.join(persons, on="article_id").filter(
        _mentioned_before()
        & pl.col("_word").str.ends_with(pl.col("_role").str.replace_all("-", ""))
        # (a deputy or a former holder is another person: US-Vizepräsident, Ex-Kanzler)
        & ~(
            pl.col("_raw").str.contains(r"(?:^|-)(?:vize|ex-)")
            & ~pl.col("_role").str.contains(r"(?:^|-)(?:vize|ex-)")
        )
    )
    return _take_actor(q, _latest_mention(found))


#: A dateline before the first sentence: "Kiew (dpa) – ", "Tiflis, 12.08.2008 – ".
_DATELINE_BEFORE_QUOTE = (
    r"^\s*\p{Lu}[\p{L}\p{M}./-]+(?:\s+\p{Lu}[\p{L}\p{M}.-]+)?(?:\s*\([^()]{1,30}\))?"
    r"(?:,\s*[0-9.]+)?\s+[–—-]\s+$"
)


def _kinds(q: pl.DataFrame) -> pl.DataFrame:
    n_words = pl.col("quote").str.count_matches(_latin(r"[\p{L}\d]+(?:[-'’][\p{L}\d]+)*"))
    # the quote opens its sentence (after a dateline too: Kiew (dpa) – „…“, sagte X)
    opens = (pl.col("_before").str.strip_chars() == "") | pl.col("_before").str.contains(
        _DATELINE_BEFORE_QUOTE
    )
    reported = (
        pl.col("_rule")
        .is_in(["after", "before", "colon", "laut", "sentence", "shared", "previous"])
        .fill_null(False)
    )
    # a fragment woven into the writer's sentence of someone's reported speech (lower case
    # first, no end mark, no colon before) is partial however long: Russland behalte sich
    # vor, „die Interessen seiner Bürger mit allen Mitteln zu schützen“
    fragment = (
        reported
        & pl.col("quote").str.contains(_latin(r"^\p{Ll}"))
        & ~pl.col("quote").str.contains(r"[.!?…]$")
        & ~pl.col("_before").str.contains(r":\s*$").fill_null(False)
    )
    # (and so is a noun phrase after a word of the writer's sentence, however long: "Er
    # verteidigte das Gesetz als „Schutz unserer Souveränität vor fremder Einmischung“"; not
    # what opens like a sentence of its own, "Er sagte „Wir bleiben“")
    fragment = fragment | (
        reported
        & pl.col("quote").str.contains(_latin(r"^\p{Lu}\p{Ll}+\s"))
        & ~pl.col("quote").str.contains(
            r"^(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einer|Ich|Wir|Sie|Er|Es|Man|Du|Ihr|Dies|"
            r"Diese|Dieser|Dieses|Das|Unser|Unsere|Mein|Meine|Wenn|Wer|Was|Wie|Warum|Wo|Wann|"
            r"Jetzt|Heute|Hier|Dann|Da|Nun|Auch|Nur|Alle|Jeder|Niemand|Nichts|Kein|Keine|Es|"
            r"Und|Aber|Doch|Denn|Oder|Natürlich|Leider|Bitte|Danke|Ja|Nein)\s"
        )
        & ~pl.col("quote").str.contains(r"[.!?…:;]")
        & pl.col("_before").str.contains(_latin(r"\p{Ll}\s+$"))
        & pl.col("_after").str.contains(r"^\s*[.;]?\s*$")
    ).fill_null(False)
    full = (
        ((n_words > 5) & ~fragment)
        | pl.col("quote").str.contains(r"[.!?…]$")
        | ((pl.col("cue") == ":") & pl.col("_before").str.contains(r":\s*$"))
        | (
            pl.col("_before").str.contains(r":\s*$")
            # not when the sentence goes on: Facebook: „Bürgerwehren“ stellen ...
            & ~pl.col("_after").str.contains(_latin(r"^\s+\p{Ll}")).fill_null(False)
        )
        | (pl.col("_attached") & opens)
    )
    # a quote that opens its sentence, its speaker's words after a comma or a dash, is an
    # utterance of its own: „Das ist inakzeptabel“ – mit diesen Worten kommentierte X ...
    full = full | (reported & opens & pl.col("_after").str.contains(r"^\s*[,–—]").fill_null(False))
    # (and the words someone is quoted or answered with: Mit den Worten „…“ reagierte X)
    full = full | (reported & pl.col("_before").str.contains(r"\bWorten\s*:?\s*$").fill_null(False))
    # (also where the source is no speaker: „…“, hieß es auf einer Pressekonferenz; or none
    # was found after a verb and its subject: „…“, jubelten die Organisatoren)
    full = full | (
        opens
        & pl.col("_after").str.contains(
            r"^\s*,\s*(?:(?:so\s+)?(?:hieß|heißt)\s+es\b|\p{Ll}+(?:te|ten|t|en)\s+(?:sich\s+)?"
            # (also an indefinite pronoun: „…“, sagen viele)
            r"(?:der|die|das|ein|eine|\p{Lu}|(?:viele|einige|manche|andere|beide|mehrere|"
            r"wenige)\b))"
        )
    ).fill_null(False)
    context = (
        pl.col("_rule").is_in(["shared", "previous"])
        # (or from the subject of a sentence that reports no speech: "Er kam mit den
        # sogenannten „Rosinenbombern“")
        | (
            (pl.col("_rule") == "sentence")
            & ~pl.col("_before").str.contains(_SPEECH_IN)
            & ~pl.col("_after").str.contains(_SPEECH_IN)
        )
    ).fill_null(False)
    names = (
        (pl.col("_sp_p") == pl.col("_p"))
        & (pl.col("_sp_s") >= pl.col("end"))
        & (pl.col("_sp_s") - pl.col("end") <= 2)
    ).fill_null(False)
    # (or it closes its speaker's name as a genitive: "meldeten Behörden der sogenannten
    # „Volksrepublik“ Donezk")
    genitive = pl.col("_before").str.extract(
        r"\s((?:der|des)\s+(?:sogenannten|so\s+genannten|selbst\s*ernannten)\s*)$"
    )
    names = names | (
        (pl.col("_sp_p") == pl.col("_p"))
        & (pl.col("_sp_s") < pl.col("start"))
        & (
            pl.col("_sp_s") + pl.col("speaker").str.len_chars() + genitive.str.len_chars() + 1
            == pl.col("start")
        )
    ).fill_null(False)
    kind = (
        pl.when(full)
        .then(pl.lit("direct"))
        # (a short quote the writer introduces with "so genannt" is the writer's distance where
        # its speaker comes from the sentences around it, "Kempf sagte, ... . ... sind die
        # sogenannten „Tigerstreifen“", or from a sentence that reports no speech, or where it
        # opens its speaker's name, "Der sogenannte
        # „Ministerpräsident“ X erklärte"; with a verb of saying of its own it is the speaker's
        # word: "Ein Sprecher sagte, dass ein mit so genannten „Einmannpackungen“ ...")
        .when(reported & ~(_so_called() & (context | names)))
        .then(pl.lit("partial"))
        .otherwise(pl.lit("scare"))
    )
    q = q.with_columns_seq(kind.alias("kind"))
    scare = pl.col("kind") == "scare"
    return q.with_columns_seq(
        *[
            pl.when(scare).then(None).otherwise(pl.col(c)).alias(c)
            for c in ("speaker", "speaker_actor", "side", "cue")
        ]
    )


_CONNECTORS = (
    r"am|an|im|in|de|der|des|die|das|del|della|dello|di|du|la|le|les|von|vom|van|zu|zum|zur|"
    r"und|of|the|and|for|on|et|y|e|a|&"
)


_NAME_LINKS = r"am|im|de|del|della|dello|di|du|la|le|les|of|the|and|for|on|et|y|e|&"

#: Head nouns of names: laws, prizes, organisations, events, also as the end of a compound
#: ("Gesetz zur ...", "Verband integrativer ...", "Ärzte ohne Grenzen", "Klimakongress der
#: ...").
_INSTITUTION_HEADS = (
    r"(?i:gesetz|gesetzes|verordnung|abkommen|abkommens|vertrag|vertrags|preis|preises|award|"
    r"orden|ordens|ehrenzeichen|medaille|verband|verbandes|verbands|verein|vereins|vereinigung|"
    r"stiftung|gesellschaft|partei|"
    r"komitee|komitees|institut|instituts|zentrum|zentrums|"
    r"festival|festivals|konferenz|kongress|kongresses|championnat|schule|ärzte|museum|"
    r"museums|club|clubs|klub|liga|netzwerk|netzwerks|forum|forums|akademie|"
    r"universität|organisation|ministerium|ministeriums|woche|meisterschaft|meisterschaften|"
    r"wettbewerb|wettbewerbs|ausstellung|messe)"
)
#: Head nouns of names of campaigns and actions only where they open the name ("Initiative
#: Digitale Bildung", "Aktion Deutschland hilft"): as the end of a compound they
#: characterise (a quote: „Schmutzkampagne gegen Russland“, „Spezialoperation zum Schutz
#: des Donbass“, „Terroraktion gegen Zivilisten“).
_NAME_HEADS = (
    rf"(?:{_INSTITUTION_HEADS}|(?i:bewegung|kampagne|aktion|initiative|bündnis|bündnisses|front|"
    r"programm|programms|projekt|projekts|operation|union|allianz))"
)
#: Words of a noun phrase (no verb): capitalised words, numbers, articles, prepositions,
#: conjunctions and inflected adjectives.
_NP_WORD = (
    r"(?:\p{Lu}[\p{L}\p{M}\d'’.&-]*|\d[\d.,:/-]*|[–&/()]|der|des|die|das|dem|den|ein|eine|einer|"
    r"eines|einem|einen|für|zur|zum|von|vom|ohne|mit|über|gegen|in|im|am|an|auf|und|oder|unter|bei|"
    r"aus|um|nach|wider|\p{Ll}[\p{L}\p{M}-]*(?:e|en|er|es|em))"
)
#: Company and association suffixes that end a name ("Ener1 Group Inc.", "... e.V.").
_ORG_SUFFIX = (
    r"(?:\be\.\s?V\.|\b(?:AG|GmbH|mbH|Inc\.?|Ltd\.?|Corp\.?|KG|SE|S\.A\.|plc))"
    r"(?:\s*\([^()]+\))?$"
)


#: Platforms and services, names wherever they stand in quote marks.
_PLATFORM = (
    r"^(?:Telegram|Twitter|X|Facebook|Instagram|TikTok|YouTube|Youtube|VKontakte|WhatsApp|"
    r"Truth Social|Bluesky|Threads|Reddit|Google|Wikipedia|Wikinews|Netflix|LinkedIn|Snapchat|"
    r"Weibo|WeChat|Odnoklassniki|Rutube|Skype|Zoom|Spotify)$"
)


def _name_columns() -> dict[str, pl.Expr]:
    """The columns :func:`_is_name` needs, by name: ``_n_words`` (the quote's words) and
    ``_noun_before`` (a noun right before the quote: die Raumfähre „Discovery“). Each is used
    several times there; as columns they are found once (and at once)."""
    quote = pl.col("quote")
    before = pl.col("_before").str.strip_chars_end()
    # a noun of saying before the quote introduces words, not a name: mit den Worten „…“
    words_of = before.str.contains(
        r"\b(?:Wort(?:e|en)?|Satz|Sätzen|Aussage|Zitat|Ausspruch|Bemerkung|Ruf(?:e|en)?|Frage|Appell|"
        r"Warnung|Aufruf|Kommentar|Antwort|Erklärung|Botschaft)\s*:?$"
    )
    noun_before = (
        quote.str.contains(_latin(r"^\p{Lu}"))
        & ~words_of
        # (a predicate with its infinitive, in a clause after a verb and a comma, is no name:
        # warf Moskau vor, mit seinem Vorgehen »Öl ins Feuer zu gießen«; but a title: freut
        # sich auf die Premiere des Films «Keine Zeit zu sterben»)
        & ~(
            quote.str.contains(_latin(r"\s(?:zu|\p{Ll}+zu)\s*\p{Ll}+(?:en|ern|eln)$"))
            & before.str.contains(_latin(r"\b\p{Ll}+,\s+[^,;:„“»«]*$"))
        )
        # (an example is no name: Parolen wie zum Beispiel „Stoppt den Überwachungswahn“)
        & ~before.str.contains(r"\b(?:zum|als)\s+Beispiel$")
        & before.str.contains(_latin(r"\s\p{Lu}[\p{L}\p{M}-]*\p{Ll}$"))
        & ~before.str.contains(
            r"\b(?:von|in|für|mit|aus|bei|nach|zu|über|unter|an|auf|um|durch|gegen|ohne|als|wie)"
            r"\s+\p{Lu}[\p{L}\p{M}-]*\p{Ll}$"
        )
        & ~before.str.contains(r"\s(?:Dem|Den|Der|Die|Das|Des|Ein\w*)$")
        # a common noun after a dative is the object, no name: warf dem Westen „Russophobie“
        # vor (but die Raumfähre „Discovery“, das Schiff „Hoffnung“)
        & ~(
            (
                (pl.col("_common") & ~quote.str.contains(r"\s"))
                # (or, after a verb whose object is a dative, a phrase with an inflected
                # adjective in lower case: warf der Regierung „Versagen auf ganzer Linie“ vor;
                # not a title: mit dem Lied „Für dich soll's rote Rosen regnen“)
                | (
                    quote.str.contains(_latin(r"\s\p{Ll}{3,}(?:e|er|en|em|es)(?:\s|$)"))
                    & before.str.contains(rf"\b{_DATIVE_OBJECT_VERBS}\b")
                )
            )
            & (
                before.str.contains(
                    _latin(r"\b(?:dem|einem)\s+(?:\p{Ll}+\s+)*\p{Lu}[\p{L}\p{M}-]*$")
                )
                # (also "der" with a feminine body or office, a dative: warfen der Regierung
                # „Zögerlichkeit“ vor)
                | before.str.contains(
                    r"\b(?:der|einer)\s+(?:\p{Ll}+\s+)*(?:\p{Lu}[\p{L}-]*)?(?i:regierung|"
                    r"opposition|führung|polizei|koalition|verwaltung|justiz|armee|anwaltschaft|"
                    r"kanzlerin|ministerin|präsidentin)$"
                )
            )
        )
        # nor after an actor of the lexicon, a name, not a kind of thing: warf Russland
        # „Desinformation“ vor, soll Russland „Tausende Soldaten“ verlegt haben
        & ~pl.col("_actor_before")
        # (but a nickname between a first name and a surname is one: Markus „Mendy“ Swoboda)
        & ~(
            pl.col("_ne_before")
            & ~pl.col("_after").str.contains(_latin(r"^\s*\p{Lu}")).fill_null(False)
        )
        # nor after a person or body that a verb of saying has just named: forderten die
        # Demonstranten „Frieden statt Waffen“ (but der Rapper „Fler“)
        & ~before.str.contains(
            rf"\b{_VERB_WIDE}\s+(?:(?:der|die|das|ein|eine)\s+)?(?:{_ADJ}\s+)*\p{{Lu}}?[\p{{L}}-]*"
            rf"{_ROLE_NOUN}\p{{Ll}}*$"
        )
    )
    return {
        "_n_words": quote.str.count_matches(_latin(r"[\p{L}\d]+(?:[-'’][\p{L}\d]+)*")),
        "_noun_before": noun_before,
    }


def _is_name(q: pl.DataFrame) -> pl.Expr:
    """Quoted names (titles, papers, ships, products) rather than quotes.

    A short quote (at most five words, no sentence punctuation, not a whole clause with its
    own attribution) is a name when all its words are capitalised or numbers (connectors such
    as "am", "der", "of" aside: „Frankfurter Allgemeine Zeitung“, „BILD am Sonntag“; not a
    number of things: „Dutzende Zivilisten“), when it
    has an inner capital or a digit („iPod nano“, „Shenzhou 6“; not a phrase of running text
    with a number at its end: vom „umfangreichsten Angriff seit 2007“), when a noun stands right
    before it (die Raumfähre „Discovery“, Restaurant „Schweizerhaus“; not a predicate with
    its infinitive in a clause after a comma: warf Moskau vor, mit seinem Vorgehen »Öl ins
    Feuer zu gießen«; nor the object of an accusation after its dative, a common noun or a
    phrase with an inflected adjective in lower case: warf dem Westen „Russophobie“ vor, warf
    dem Westen „Einmischung in innere Angelegenheiten“ vor) or a model's code or
    "vom Typ" (eine Drohne vom Typ MQ-9 „Reaper“), when it is the
    first part of a compound („Al-Qaida“-Mitglieder), a web address, an acronym, or a paper
    named as addressee or source (sagte dem „Spiegel“, gegenüber der „Welt“). A longer
    capitalised text without an end mark is a title when a noun or "Titel", "Motto" stands
    right before it (das Buch „Der Verkehrsknoten Dresden und seine Geschichte“), or a colon
    after a clause that names a title or, with no verb of saying, a work with its article
    (Den Namen der Sendung gab das ZDF bekannt: „…“; stellte die neue CD vor: „…“; not: In
    seinem Buch zieht X Bilanz: „…“). A noun phrase of up to six words that opens with a
    capitalised article inside a sentence is a title too (spielte in „Die unendliche
    Geschichte“): the words of a sentence would go on in lower case.

    A noun phrase with no verb (capitalised words, articles, prepositions, inflected
    adjectives) whose head is a name noun (*Gesetz*, *Preis*, *Verband*, *Kongress*, ...
    also as the end of a compound; *Bewegung*, *Kampagne*, *Aktion*, *Operation* ... only
    where they open it) is a name, as is a text ending in a company
    suffix (AG, GmbH, Inc., e.V.). A lower-case text of up to three words right after an
    article and not followed by a noun, that is no adjective or adverb, is a name too (die
    „documenta“ in Kassel; not after a relative pronoun: eine Waffe, die „weltweit
    ihresgleichen sucht“). A platform or a service (*Telegram*, *Twitter*, *TikTok*) is a
    name wherever it stands, and so is a paper whose reporting is the source (*Nach
    Informationen des „Spiegel“*), that something is written in (*Im „Spiegel“ hieß es*), or
    whose name is a common noun after an article or a preposition (*im „Standard“*, see
    ``_PAPER_WORDS``). Every item of a list (quotes joined by commas, *und*,
    *oder*) whose first item is a title (after *wie*, *darunter*, *Themen*, *zum Beispiel
    in*) or a name after its noun (*in den Klassen „Kinder“, „Jugendliche“ und
    „Erwachsene“*) is a name; a list of labels (*sprach von „…“, „…“ und „…“*) or of
    slogans (*Parolen wie „…“ oder „…“*, a quote that opens with *Wir*, *Ich*) stays quotes.
    """
    quote = pl.col("quote")
    n_words = pl.col("_n_words")
    inside = pl.col("_before").str.strip_chars() != ""
    # a clause with its attribution („Nein“, sagte er) only where it opens the sentence
    short = (
        (n_words <= 5)
        & ~quote.str.contains(r"[.!?…]$")
        & ~(pl.col("_attached") & ~inside).fill_null(False)
    )
    word = r"(?:\p{Lu}[\p{L}\p{M}\d'’.&!-]*|\d[\d.,:/-]*|" + _CONNECTORS + r")"
    cap = r"(?:\p{Lu}[\p{L}\p{M}\d'’.&!-]*|\d[\d.,:/-]*)"
    all_caps = (
        (n_words >= 2)
        # a number of things is no name: „Dutzende Zivilisten“
        & ~quote.str.contains(
            r"^(?:Dutzende|Hunderte|Tausende|Zehntausende|Hunderttausende|Millionen|Zahlreiche|"
            r"Mehrere|Einige|Viele|Wenige|Alle|Etliche|Unzählige)\s"
        )
        # nor an abstract noun with a place's genitive: „Militarisierung Europas“
        & ~quote.str.contains(
            _latin(r"^\p{Lu}\p{Ll}+(?:ung|heit|keit|schaft|tion|ität|ismus)\s+\p{Lu}\p{Ll}+s$")
        )
        & quote.str.contains(rf"^{word}(?:[\s,/]+{word})*$")
        & (quote.str.contains(rf"{cap}\s+{cap}") | quote.str.contains(rf"\s(?:{_NAME_LINKS})\s"))
        # a German article or preposition first in lower case opens a phrase of running text,
        # not a name: „die Interessen Russlands“, „zur Verteidigung Europas“
        & ~quote.str.contains(
            r"^(?:der|die|das|des|dem|den|im|am|zum|zur|vom|von|zu|in|an|für|mit|gegen|auf|"
            r"nach|über|aus|bei|vor)\s"
        )
    )
    # (a number closes a name, „Shenzhou 6“, „documenta 12“, „Rente mit 67“; not a phrase of
    # running text, in lower case first: vom „umfangreichsten Angriff seit 2007“)
    odd = quote.str.contains(_latin(r"^\S*(?:\p{Ll}\p{Lu}|\d)")) | (
        quote.str.contains(_latin(r"\s\d+$"))
        & ~(quote.str.contains(_latin(r"^\p{Ll}")) & (n_words >= 3))
    )
    before = pl.col("_before").str.strip_chars_end()
    noun_before = pl.col("_noun_before")
    compound = pl.col("_etext").str.slice(pl.col("end_offset"), 1) == "-"
    web = quote.str.contains(r"^[\w.-]+\.(?:de|com|org|net|at|ch|uk|info|eu|fr|it)$")
    acronym = quote.str.contains(_latin(r"^\p{Lu}[\p{Lu}\d]+(?:-[\p{L}\d]+)?$"))
    # a paper named as the addressee or source: sagte dem „Spiegel“, gegenüber der „Welt“,
    # dem „Figaro“ zufolge
    source = quote.str.contains(_latin(r"^\p{Lu}")) & (
        before.str.contains(
            # (also the paper spoken in: sagte im „Spiegel“, schrieb in der „Zeit“)
            rf"(?:\b(?:[Gg]egenüber|laut)\s+(?:de[rmn]|die|das)|\b{_VERB}\s+(?:dem|der|im|in\s+der)"
            r"|\b[Ll]aut)$"
        )
        # after a verb "die", "das", "den" are an object (verurteilte die „Annexion“), but a
        # paper as the subject of reporting (berichtete die „Zeit“) or told (sagte den
        # „Tagesthemen“)
        | (
            before.str.contains(
                r"\b(?:(?:schrieb|schreibt|schrieben|berichtet|berichtete|berichteten|meldet|"
                r"meldete|titelt|titelte|kommentiert|kommentierte|zitiert|zitierte|"
                r"veröffentlichte)\s+(?:die|das|den)|(?:sagte|sagt|sagten|erklärte|erklärt|"
                r"versicherte|verriet)\s+den)$"
            )
            # (an abstract noun is the object: meldete die „Befreiung“ von Awdijiwka; but
            # berichtete die „Tageszeitung“)
            & ~(quote.str.contains(_ABSTRACT_WORD) & ~quote.str.contains(r"zeitung$"))
        )
        # (also after the speaker: sagte Gerhard Schröder (SPD) dem „Spiegel“)
        | ((n_words <= 3) & before.str.contains(rf"\b{_VERB}\s+(?:[^\s„“»«,.;:]+\s+){{1,6}}dem$"))
        # a medium spoken to, with no article: sagte er gegenüber „Politico“ (also first:
        # Gegenüber „Heute“ bestätigte X)
        | (
            (n_words <= 3)
            & before.str.contains(r"\b[Gg]egenüber$")
            & pl.col("_both").str.contains(_SAYING_SUBJECT_IN)
        )
        # the speaker between: sagte Merkel dem „Spiegel“, sagte er der „Zeit“
        | before.str.contains(
            rf"\b{_VERB}\s+(?:er|sie|\p{{Lu}}[\p{{L}}\p{{M}}.-]*(?:\s+\p{{Lu}}[\p{{L}}\p{{M}}.-]*){{0,2}})"
            r"\s+(?:dem|der|den)$"
        )
        | (
            (n_words <= 3)
            & before.str.contains(r"\b(?:[Dd]e[rmn]|[Dd]ie|[Dd]as)$")
            & pl.col("_after").str.contains(r"^\s*zufolge\b")
        )
        | (
            (n_words <= 3)
            & before.str.contains(
                r"\b(?i:von|vom|in|im|aus|bei|beim|gegenüber|laut)\s+(?:der|dem|des)$"
            )
        )
        # a paper whose reporting is the source: Nach Informationen des „Spiegel“, laut einem
        # Bericht der „Washington Post“
        | (
            (n_words <= 4)
            & before.str.contains(
                r"\b(?:Informationen|Recherchen|Bericht|Berichten|Berichte)\s+(?:der|des|von)$"
            )
        )
        # a paper that something is written in: Im „Spiegel“ hieß es, ...; in der „Zeit“
        # schrieb X
        | (
            (n_words <= 3)
            & before.str.contains(r"\b(?:[Ii]m|[Ii]n\s+(?:der|dem))$")
            & pl.col("_after").str.contains(
                r"^\s*(?:(?:hieß|heißt)\s+es|schrieb|schreibt|berichtet|berichtete|stand|steht|"
                r"war\s+zu\s+lesen|ist\s+zu\s+lesen)\b"
            )
        )
        # a paper whose name is a common noun, after an article or a preposition: im
        # „Standard“, der „Spiegel“, laut „Bild“
        | (
            quote.is_in(_PAPER_WORDS)
            & before.str.contains(r"(?:^|\b(?i:im|vom|beim|der|die|dem|des|den|laut|in|von|aus))$")
        )
    )
    no_end_mark = ~quote.str.contains(r"[.!?…]$")
    # a title: a noun or "unter dem Titel/Motto" before a capitalised text without an end mark
    titled = (
        quote.str.contains(_latin(r"^\p{Lu}"))
        & ~quote.str.contains(r"[.!?…]$")
        & ~pl.col("_attached")
        & (
            # also "Codenamen:", "Spitzname"
            before.str.contains(_latin(r"(?:\b(?:Titel|Thema|Arbeitstitel)|\p{L}*[Nn]amen?)\s*:?$"))
            | (noun_before & (n_words > 5))
            # a colon after a clause that names a title (Den Namen der Sendung gab das ZDF
            # bekannt: „…“; Überschrift auf der Seite: „…“) or a work, with no verb of saying
            # (stellte er die neue CD vor: „…“; not: In seinem Buch schreibt er: „…“)
            | (
                before.str.contains(r":$")
                & (n_words <= 10)
                & (
                    before.str.contains(_TITLE_NAMED)
                    | (
                        before.str.contains(_WORK_NAMED)
                        & ~before.str.contains(_WORK_SOURCE)
                        # ("stellte ... vor" presents, no verb of saying here)
                        & (
                            ~before.str.contains(_SAYING_SUBJECT_IN)
                            | before.str.contains(r"\bstellte?n?\b[^,;:]*\svor\s*:$")
                        )
                    )
                )
            )
        )
    )
    # a motto or slogan, also with an end mark: unter dem Motto „Cannabis - ein Problem?!“
    motto = quote.str.contains(_latin(r"^[\p{Lu}\d]")) & before.str.contains(
        r"\b(?:Motto|Slogan|Parole|Aufschrift|Titel)(?:\s+(?:des|der)\s+\p{Lu}[\p{L}-]*)?"
        r"(?:\s+(?:lautet|lautete))?\s*:?$"
    )
    # an item of a list of titles: Themen wie „…“, „…“ oder „…“; Akte: «…», «…» und «…»; in
    # Filmen, zum Beispiel in „…“ oder „…“ (the list's first item says so: in "sprach von
    # „Terroristen“, „Faschisten“ und „Nazis“" every item is a quote)
    joined = pl.col("_before").str.contains(
        r"[“”\"»«‘’](?:\s*,|\s+(?:und|oder|sowie))(?:\s*(?:und|oder|sowie))?\s*$"
    )
    item = (~joined).cast(pl.UInt32).cum_sum().over("article_id", "_p")
    of_titles = before.str.contains(
        r"\b(?:wie|darunter|Themen|Titeln|Titel\s*:|Akte\s*:|(?:zum\s+Beispiel|beispielsweise)"
        r"\s+(?:in|im))$"
    ) & ~before.str.contains(
        # (words said: skandierten Parolen wie zum Beispiel „…“ oder „…“)
        r"\b(?:Parolen|Rufe|Rufen|Sprechchöre|Sprechchören|Slogans|Sätze|Sätzen|Aussagen|"
        r"Äußerungen|Formulierungen|Forderungen|Schlachtrufe|Schlachtrufen|Sprüche|Sprüchen)"
        r"\b[^„“»«]{0,40}$"
    )
    after = pl.col("_after").str.strip_chars_start()
    # (words someone says, also in a list: Parolen wie „Wir werden Euch alle verbrennen“)
    listable = (
        quote.str.contains(_latin(r"^\p{Lu}"))
        & ~quote.str.contains(r"[.!?…]$")
        & ~quote.str.contains(r"^(?:Wir|Ich|Du|Ihr|Uns|Mir|Mich)\b")
        & (n_words <= 12)
    )
    # a name by its head noun: a law, prize, organisation or event, as a noun phrase with no verb
    no_end = ~quote.str.contains(r"[.!?…]$") & ~(pl.col("_attached") & ~inside).fill_null(False)
    headed = (
        no_end
        & (n_words >= 2)
        & (n_words <= 16)
        & quote.str.contains(
            rf"^(?:\d+\.\s+|[IVX]+\s+)?(?:\p{{Lu}}[\p{{L}}\p{{M}}-]*(?:e|en|er|es)\s+)*"
            rf"(?:\p{{Lu}}[\p{{L}}\p{{M}}-]*?{_INSTITUTION_HEADS}|{_NAME_HEADS})"
            r"(?:e|en|er|es|s)?(?:\s|$)"
        )
        & quote.str.contains(rf"^{_NP_WORD}(?:[\s,]+{_NP_WORD})*$")
    )
    # (the full stop of "Inc." or "e.V." is no end mark)
    company = (
        ~(pl.col("_attached") & ~inside).fill_null(False)
        & (n_words <= 10)
        & quote.str.contains(_ORG_SUFFIX)
    )
    # a lower-case name in the place of a noun: die „documenta“ in Kassel
    lower_name = (
        short
        & ~quote.str.contains(
            r"\p{Lu}|^\p{Ll}+(?:e|en|er|es|em)\b|(?:lich|ig|isch|bar|sam|haft|los|voll|frei|end)\b"
            r"|\b(?:nicht|noch|sehr|schon|nur|mehr|weniger|ganz|voll)\b"
        )
        & (n_words <= 3)
        & before.str.contains(r"(?:^|\s)(?:[Dd](?:er|ie|as|es|em|en)|[Ee]in(?:e|er|es|em|en)?)$")
        # ("das" right after a verb is a pronoun: nannte das „inakzeptabel“; and after a comma
        # a relative pronoun: eine Waffe, die „weltweit ihresgleichen sucht“)
        & ~before.str.contains(_latin(r"\b\p{Ll}+(?:te|ten|t)\s+das$|,\s*(?:der|die|das|dem|den)$"))
        & ~after.str.contains(_latin(r"^\p{Lu}|^\p{Ll}+(?:e|en|er|es|em)\s+\p{Lu}"))
        & ~quote.str.contains(r"(?:e|en|er|es|em)$")
    )
    # a medium named as the source: wie „heise online“ berichtet, des Wochenmagazins „profil“
    reported_by = before.str.contains(
        r"\b[Ww]ie(?:\s+(?:der|die|das|dem|den|im|in))?$"
    ) & after.str.contains(
        # (any verb of saying: wie die „Aktion Deutschland hilft“ heute mitteilte)
        rf"^(?:\S+\s+){{0,3}}?(?:berichtet|berichtete|berichten|meldet|meldete|schreibt|schrieb|"
        rf"(?:mit|an|be|aus|bekannt|zu)?{_VERB})"
    ) | (
        # a medium as the subject: «Espresso» und «Kassensturz» berichteten darüber
        (n_words <= 3)
        & quote.str.contains(_latin(r"^\p{Lu}"))
        & pl.col("_after").str.contains(
            r"^\s+(?:berichtet|berichtete|berichteten|berichten|meldet|meldete|meldeten)\b"
        )
    )
    # the last part of a compound: im Ö1-„Morgenjournal“, ZDF-„Morgenmagazin“
    compound_tail = pl.col("_before").str.contains(_latin(r"\p{L}\d?-$|\d-$"))
    # a work with its year: „The Danish Girl“ (2015), „Inside Wikileaks“ (Regie: X, 2013)
    work = quote.str.contains(_latin(r"^[\p{Lu}\d]")) & after.str.contains(
        _latin(r"^\(\s*(?:\d{4}|[^()]{0,40}\b\d{4})\s*\)")
    )
    # a name with its abbreviation in brackets: „United Front for Democracy against
    # Dictatorship“ (UDD), des „Such- und Rettungsdienstes“ (SAR)
    abbreviated = (
        quote.str.contains(_latin(r"^\p{Lu}"))
        & no_end_mark
        & (n_words <= 10)
        & after.str.contains(_latin(r"^\(\s*\p{Lu}[\p{Lu}\d&.-]{1,9}\s*\)"))
    )
    # the body someone speaks for or belongs to: ein Sprecher der „Polizei von DeLand“
    body = (
        quote.str.contains(_latin(r"^\p{Lu}"))
        & no_end_mark
        & (n_words <= 8)
        & before.str.contains(
            r"\b(?:Sprecher|Sprecherin|Chef|Chefin|Leiter|Leiterin|Vorsitzende[rn]?|Mitglied|"
            r"Mitglieder|Vertreter|Vertreterin|Präsident|Präsidentin|Direktor|Direktorin|"
            r"Gründer|Gründerin|Anführer|Kämpfer)\s+(?:der|des)$"
        )
    )
    # a teaser for another article: Lesen Sie auch „…“
    teaser = before.str.contains(
        r"(?i:lesen\s+sie\s+(?:auch|mehr|hier)|mehr\s+dazu|auch\s+interessant|siehe\s+auch)"
        # (the teaser's kicker may come first: Lesen Sie auch Nord-Stream-2-Deal „…“)
        r"(?:\s+[^\s„“»«\"]+){0,6}?:?$"
    )
    medium = before.str.contains(
        r"(?i:ausgabe|magazin|magazins|magazines|zeitung|zeitschrift|blatt|blattes|sender|senders|"
        r"portal|portals|website|webseite|agentur|fachblatt|wochenblatt)(?:\s+(?:des|der|von))?$"
        # a piece written for or given to a medium: Gastbeitrag für „Welt“, Interview mit „Bild“
        r"|(?i:interview|gastbeitrag|beitrag|kommentar|gespräch|artikel|kolumne|gastkommentar)"
        r"\s+(?:für|mit|in|im|gegenüber)(?:\s+(?:der|dem|die|das|den))?$"
    )
    # an edition or a title after an ordinal number: die 22. „europäische Hackerkonferenz“
    # (the paragraph text: a sentence splitter may end a sentence after "22.")
    ordinal = (
        pl.col("_ptext")
        .str.slice(0, pl.col("start"))
        .str.strip_chars_end()
        .str.contains(_latin(r"(?:^|\s)\d+\.$"))
    )
    # a characterisation is no name: der Kreml wies die Berichte als „Fake News“ zurück; nor
    # is a label someone speaks of: Moskau spricht von einer „Operation zur Erzwingung des
    # Friedens“
    spoken_of = (
        before.str.contains(
            r"\b(?:sprach|spricht|sprachen|sprechen|gesprochen)\s+(?:\p{Ll}+\s+){0,2}?von"
            r"(?:\s+(?:einer|einem|einen|der|dem|den|eine|ein))?(?:\s+\p{Ll}+e[nmrs]?)?$"
        )
        & pl.col("speaker").is_not_null()
    )
    characterised = spoken_of | (
        before.str.contains(r"\bals$")
        & (
            pl.col("speaker").is_not_null()
            # (also with no one who judges: die als „Eiserne Lady“ bezeichnete Premierministerin)
            | after.str.contains(rf"^{_JUDGED}(?:e[nmrs]?)?\b")
        )
    )
    # and so is an object named so by an actor of the lexicon: Peskow nannte die Berichte „Fake
    # News“ (but VW nennt die Modelle „Touareg“ und „Phaeton“)
    characterised = characterised | (
        before.str.contains(
            r"\b(?:nannte|nennt|nannten|nennen|bezeichnete|bezeichnet|bezeichneten)\s+"
            r"(?:die|den|das|diese[ns]?|seine[n]?|ihre[n]?)\s+(?:\p{Ll}+\s+)?\p{Lu}[\p{L}-]*$"
        )
        & pl.col("speaker_actor").is_not_null()
    )
    # and so is what a speaker calls something with an indefinite article: X nannte den Entwurf
    # ein „Wehrpflichtgesetz ohne Wehrpflicht“ (no law's name)
    characterised = characterised | (
        before.str.contains(
            r"\b(?:nannte|nennt|nannten|nennen|bezeichnete|bezeichnet|bezeichneten)\s"
            r"[^„“»«.!?;:]*\s[Ee]in(?:e|en|em|er|es)?$"
        )
        & pl.col("speaker").is_not_null()
    )
    # nor, in reported speech, are capitalised words after an indefinite article: die Nato
    # sei ein „Relikt des Kalten Krieges“, sagte X (but ein „iPhone“, ein „Spiegel“-Bericht)
    described = (
        before.str.contains(_latin(r"(?:^|\s)[Ee]in(?:e|en|em|er|es)?(?:\s+\p{Ll}[\p{L}-]*)*$"))
        & pl.col("speaker").is_not_null()
    )
    # nor, in reported speech, a noun with a genitive of a capitalised adjective and its noun
    # whose head names no body or event: die Allianz kehre zur „Rhetorik des Kalten Krieges“
    # zurück, sagte X (but die „Partei des Demokratischen Sozialismus“)
    described = described | (
        quote.str.contains(
            _latin(
                r"^\p{Lu}\p{Ll}+\s+(?:des|der)\s+(?:\p{Lu}\p{Ll}+(?:en|er|es|em)\s+)+\p{Lu}\p{Ll}+$"
            )
        )
        & ~quote.str.contains(rf"^{_NAME_HEADS}\s")
        # (a preposition first opens a title: Sinfonie Nr. 9 „Aus der Neuen Welt“)
        & ~quote.str.contains(
            r"^(?:Aus|Von|Vom|In|Im|Mit|Nach|Über|Unter|Vor|Für|Zu|Zum|Zur|Auf|An|Am|Bei|Gegen|"
            r"Durch|Ohne|Um|Wegen|Trotz|Während|Hinter|Neben|Zwischen)\s"
        )
        & pl.col("speaker").is_not_null()
    )
    # nor, in reported speech, an adjective with a strong ending and its common noun right
    # after a preposition: sprach von „Hybrider Kriegsführung“, warnte vor „Neuem Wettrüsten“
    declined = (
        pl.col("_common")
        & (n_words <= 3)
        & quote.str.contains(_latin(r"^\p{Lu}\p{Ll}+(?:em|er)\s"))
        & before.str.contains(r"\b(?:von|vor|mit|zu|nach|über|gegen|aus)$")
        & pl.col("speaker").is_not_null()
    )
    # a name after a model's code or "vom Typ": eine Drohne vom Typ MQ-9 „Reaper“, Jets vom
    # Typ „Eurofighter“
    model = quote.str.contains(_latin(r"^\p{Lu}")) & before.str.contains(
        _latin(r"(?:\b\p{Lu}{1,4}-?\d{1,4}\p{Lu}?|\b(?:[Tt]yps?|[Mm]odells?|[Bb]auart|[Kk]lasse))$")
    )
    short_name = (
        short
        & ~characterised
        & (
            ((all_caps | noun_before) & ~described & ~declined)
            | model
            | odd
            | compound
            | compound_tail
            | web
            | acronym
            | source
            | reported_by
            | medium
        )
    )
    # a law by its name of one word after an article: beim „Heizungsgesetz“, das
    # „Krankenhausversorgungsverbesserungsgesetz“ (not after an indefinite article, what a
    # speaker calls something: ein „Knebelgesetz“); and a paper by a word of its kind: das
    # „Handelsblatt“, im „Abendblatt“
    one_word_name = (
        (n_words == 1)
        & quote.str.contains(
            _latin(
                r"^\p{Lu}\p{Ll}+(?:gesetz|gesetzes|verordnung|abkommens?|vertrags?|blatt|blattes|"
                r"blatts|kurier|anzeiger|rundschau)$"
            )
        )
        # (also with an attribute between: "mit dem im Frühjahr beschlossenen „…gesetz“"; but
        # the writer's "so genannt" keeps a scare quote: das sogenannte „Agentengesetz“)
        & before.str.contains(
            r"(?:^|\s)(?:[Dd](?:as|es|em|er|ie|en)|beim|im|zum|vom|ins)"
            r"(?:\s+(?:(?:im|am|vom|seit|nach|vor)\s+\p{Lu}\p{Ll}+\s+)?\p{Ll}+(?:e|en|er|es))?$"
        )
        & ~before.str.contains(r"(?i:so\s*genannte[nmrs]?|selbst\s*ernannte[nmrs]?)$")
    )
    # a programme: zu Gast bei »hart aber fair«, im »Interview der Woche« des Deutschlandfunks,
    # im „Morgenmagazin“ von ARD und ZDF
    programme = (
        no_end
        & (n_words <= 6)
        & (
            before.str.contains(r"\bzu\s+Gast\s+(?:bei|in|im)$")
            | pl.col("_after").str.contains(
                r"^\s*(?:des|der|von|bei)\s+(?:ARD|ZDF|Deutschlandfunks?|Deutschlandradios?|"
                r"WDR|NDR|BR|SWR|MDR|HR|RBB|SR|ORF|SRF|RTL|Sat\.1|ProSieben|n-tv|ntv|Phoenix|"
                r"Arte|3sat|Radio\s+Bremen)\b"
            )
        )
    )
    named = (
        short_name
        | one_word_name
        | programme
        # the first part of a compound also with a full stop: „P.T.“-Feeling
        | (compound & (n_words <= 5))
        | titled
        # a title that reads: „Gewalt gegen Kinder“, so lautet der Titel einer Studie
        | (
            ~quote.str.contains(r"[.!?…]$")
            & pl.col("speaker").str.contains(
                r"^(?:[Dd](?:er|as|ie)\s+)?(?:Titel|Arbeitstitel|Motto|Slogan|Name|Parole|"
                r"Überschrift|Schlagzeile)\b"
            )
        )
        | motto
        | (headed & ~characterised)
        | company
        | lower_name
        | (short & ordinal)
        | abbreviated
        | body
        | (teaser & ~pl.col("_attached"))
        | (work & no_end & (pl.col("quote").str.count_matches(r"\S+") <= 10))
        # a platform or a service: auf „Telegram“, der ROG-Jahresbericht nennt „Twitter“
        | quote.str.contains(_PLATFORM)
        # a noun phrase with a capitalised article inside a sentence, a title: spielte in
        # „Die unendliche Geschichte“ (words of a sentence would go on in lower case)
        | (
            inside
            & ~before.str.contains(r"[:.!?]$")
            & (n_words <= 6)
            & quote.str.contains(rf"^(?:Der|Die|Das|Ein|Eine)\s+{_NP_WORD}(?:\s+{_NP_WORD})*$")
        )
    ).fill_null(False)
    # every item of a list whose first item is a title or a name: in den Klassen „Kinder“,
    # „Jugendliche“ und „Erwachsene“
    first = (of_titles | (short & noun_before)).first().over("article_id", "_p", item)
    return named | (listable & first & (pl.len().over("article_id", "_p", item) > 1))


def _article_counts(q: pl.DataFrame, paragraphs: pl.DataFrame) -> pl.DataFrame:
    """``_count``: how often a short quote's text occurs in its article (capitalised ones).

    As a whole word: „Wahl“ once is not said again by "Wahlkommission".
    """
    scare = q.filter(
        pl.col("kind").is_in(["scare", "partial"])
        & pl.col("quote").str.contains(_latin(r"^\p{Lu}"))
    ).select_seq("_q", "article_id", "quote")
    if scare.height == 0:
        return q.with_columns_seq(pl.lit(0, dtype=pl.UInt32).alias("_count"))
    texts = (
        paragraphs.join(scare.select_seq("article_id").unique(), on="article_id", how="semi")
        .group_by("article_id")
        .agg(pl.col("text").str.join("\n").alias("_atext"))
    )
    # (as a whole word: „Wahl“ is not said again in "Wahlkommission")
    quote = pl.col("quote")
    pattern = (
        pl.when(quote.str.contains(r"^\w")).then(pl.lit(r"\b")).otherwise(pl.lit(""))
        + quote.str.escape_regex()
        + pl.when(quote.str.contains(r"\w$")).then(pl.lit(r"\b")).otherwise(pl.lit(""))
    )
    counts = scare.join(texts, on="article_id", how="left").select_seq(
        "_q", pl.col("_atext").str.count_matches(pattern).alias("_count")
    )
    return q.join(counts, on="_q", how="left").with_columns_seq(pl.col("_count").fill_null(0))


#: Signs of reported speech in a sentence: a verb of saying, the subjunctive of indirect
#: speech, "die Rede", "zufolge", "laut".
_SPEECH_WORDS = (
    r"(?:sei|seien|habe|hätte|hätten|werde|würde|würden|könne|müsse|solle|wolle|"
    r"dürfe|gebe|stehe|liege|gehe)"
)
_SPEECH = rf"{_SAYING}|\b{_SPEECH_WORDS}\b|\b(?:Rede|zufolge|laut|Laut)\b"
#: ``_SPEECH`` for ``str.contains`` (the same texts match; see ``_BEFORE_WORD``).
_SPEECH_IN = (
    rf"{_SAYING_IN}|{_BEFORE_WORD}{_SPEECH_WORDS}{_AFTER_WORD}"
    rf"|{_BEFORE_WORD}(?:Rede|zufolge|laut|Laut){_AFTER_WORD}"
)
#: Words right before a quoted mention: an article, a preposition, "so genannt".
_MENTION_BEFORE = (
    # (a preposition also opening the sentence: Mit „Himars“ griff ..., Beim „Ramstein-Format“)
    r"(?:^|\b(?:[Dd](?:er|ie|as|es|em|en)|[Ee]in(?:e|er|es|em|en)?|(?i:von|vom|in|im|mit|"
    r"für|zum|zur|bei|beim|auf|aus|nach|über|unter|durch|gegen|um|an|am|als|wie)|und|oder|"
    r"auch|namens|Typs|Marke|Modell)|[(,–-])\s*$"
)


def _is_mention(q: pl.DataFrame) -> pl.Expr:
    """Scare quotes that mention a name or a term rather than report speech.

    A quote with no speaker that starts with a capital is a mention when its sentence shows no
    sign of reported speech (a verb of saying, the subjunctive, "die Rede") and it is a name:
    it occurs again in the article, or it follows an article, a preposition or "so genannt"
    (die „Troika“, mit „Saffron“, die so genannte „Reichensteuer“), or "genannt" or "getauft"
    follows („Bruno“ genannt, „Flüsterprotein“ getauft). A term introduced by "so genannt" is a
    mention even in lower case, and so is a word given in a language (Im Englischen heißt es
    „quagmire“, auf Russisch „mir“).
    „Wunderwaffe“ in "ihre neue „Wunderwaffe“" stays a scare quote, and so does a German
    common noun after an article or preposition (eine „Provokation“, mit der
    „Entnazifizierung“; ``_common``, see :func:`_common_nouns`): the words a writer keeps
    at a distance.
    """
    quote = pl.col("quote")
    before = pl.col("_before").str.strip_chars_end()
    after = pl.col("_after").str.strip_chars_start()
    speech = pl.col("_before").str.contains(_SPEECH_IN) | pl.col("_after").str.contains(_SPEECH_IN)
    n_words = quote.str.count_matches(_latin(r"[\p{L}\d]+(?:[-'’][\p{L}\d]+)*"))
    named = (
        # (an abstract noun said again is a word kept at a distance again, no name: the
        # „Provokation“ of two paragraphs; but „Troika“, „Barbie“)
        ((pl.col("_count") > 1) & ~quote.str.contains(_ABSTRACT_WORD))
        # (a common noun after an article is a word kept at a distance, not a name: eine
        # „Provokation“, mit der „Entnazifizierung“)
        | (before.str.contains(_MENTION_BEFORE) & (n_words <= 2) & ~pl.col("_common"))
        # (or a verb of naming: „Bruno“ genannt, „Flüsterprotein“ getauft)
        | after.str.contains(
            r"^[)]?\s*(?:genannt|heißt|heißen|bezeichnet\s+wird|getauft|taufte|tauften)\b"
        )
    )
    introduced = before.str.contains(
        r"(?:\b(?:nennt|nannte|nennen)\s+man"
        r"(?:\s+\p{Ll}+){0,3})$"
    )
    capital = quote.str.contains(_latin(r"^\p{Lu}"))
    # a partial quote whose speaker is only the subject of its sentence or comes from elsewhere
    weak = (pl.col("kind") == "scare") | (
        (pl.col("kind") == "partial") & pl.col("_rule").is_in(["sentence", "shared", "previous"])
    )
    # a foreign title or name: „Union pour un Mouvement Populaire“, „Kids’ Right to Read Project“
    foreign = (
        capital
        & (n_words <= 8)
        & ~quote.str.contains(r"[.!?…,;:]")
        & quote.str.contains(r"\s(?:pour|for|of|the|to|at|and|la|le|un|une|et|y|del|da)\s")
    )
    foreign = foreign | pl.col("_foreign")
    # a foreign title with no speaker, also of six to eight words: „XXXII Championnat du
    # Monde de Pétanque“ (no end mark, so no sentence of its own)
    untitled = pl.col("speaker").is_null() & ~quote.str.contains(r"[.!?…]$") & pl.col("_foreign")
    weak = weak | untitled
    # a term defined ("nennt man") is named also in a sentence of reported speech; one
    # introduced by "so genannt" only outside it: in reported speech "die sogenannte
    # „Spezialoperation“" distances (a scare quote), as researchers of framing need it
    defined = before.str.contains(_latin(r"\b(?:nennt|nannte|nennen)\s+man(?:\s+\p{Ll}+){0,3}$"))
    # ... and so is a name an inserted clause right after gives, in the passive or with "man"
    # and no one who names it („Rot-Hemden“ – so werden die Anhänger genannt –, „Trap“, wie
    # er genannt wird; not „Krieg“ – so nennt es der Kreml, nor so wird es von X genannt)
    inserted = r"^[)]?\s*(?:[–—-]|,)\s*(?:so|wie)\s+[^.;:!?„“»«–—]{0,80}?"
    naming = after.str.contains(
        inserted + r"\b(?:genannt|(?:nennt|nannte|nennen|nannten)\s+man)\b"
    ) & ~after.str.contains(inserted + r"\b(?:von|vom)\s")
    # ... and so is a word given in a language ("Im Englischen heißt es „quagmire“", "auf
    # Russisch „mir“"; with a speaker it is his: "sagte er auf Englisch: „…“")
    language = before.str.contains(
        r"\b(?:[Ii]m|[Aa]uf)\s+(?:Englisch|Deutsch|\p{Lu}\p{Ll}+isch)(?:en)?"
        r"(?:\s+(?:heißt|hieß|heißen|sagt|sagen)\s+(?:es|das|dies|er|sie|man))?\s*:?$"
    )
    defined = defined | naming | language
    return (weak & ((~speech & ((capital & named) | introduced | foreign)) | defined)).fill_null(
        False
    )


#: One abstract noun by its ending (*Provokation*, *Aggression*, *Geschichtsfälschung*).
_ABSTRACT_WORD = r"^\p{Lu}\p{Ll}+(?:ung|ion|heit|keit|tät|ismus)$"
#: Endings of German abstract nouns: a word with one is a common noun, not a name.
_NOUN_SUFFIX = (
    r"(?:ung|ungen|ion|ionen|heit|heiten|keit|keiten|tät|täten|ismus|schaft|nis"
    # (with four or five letters before at least: Russophobie, Demokratie, Heuchelei, not
    # Marie, Sophie, Türkei)
    r"|\p{L}{4}ie|\p{L}{5}ei)$"
)


def _common_nouns(q: pl.DataFrame) -> pl.DataFrame:
    """``_common``: the quote's last word is a German common noun (:func:`_common_word`)."""
    last = pl.col("quote").str.extract(_latin(r"(?:^|\s)(\p{Lu}\p{L}*)$"))
    common = _common_word(q.select_seq("_q", last.alias("_last")))
    # (and ``_ne_before``: the word right before the quote is a proper name of textblob-de's
    # lexicon, no common noun: warf Schweden „Heuchelei“ vor, not das Schiff „Hoffnung“)
    tags = word_tags()
    proper = tags.filter(pl.col("tag") == "NE").join(
        tags.filter(pl.col("tag").is_in(["NN", "NNS"])), on="form", how="anti"
    )
    word_before = pl.col("_before").str.extract(_latin(r"(?:^|\s)(\p{Lu}[\p{L}\p{M}-]*)\s*$"))
    return q.with_columns_seq(
        pl.col("_q").is_in(common.implode()).alias("_common"),
        word_before.is_in(proper.get_column("form").implode()).fill_null(False).alias("_ne_before"),
    )


def _common_word(words: pl.DataFrame) -> pl.Series:
    """The ``_q`` of the rows of ``words`` (``_q, _last``) whose word is a German common noun.

    A common noun of textblob-de's lexicon (tag ``NN`` or ``NNS``: *Provokation*, *Verrat*,
    *Terroristen*), a compound
    that ends in one (*Friedensmission*, *Überwachungsstaat*: the last part of four letters or
    more, after a first part of four or more; not a name of the lexicon: *Deutschland*), or a
    word with the ending of an abstract noun (*Entnazifizierung*, *Souveränität*,
    *Russophobie*); not a compound with a hyphen (*Jamaika-Bündnis*,
    *Scientology-Organisation* name something).
    """
    tags = word_tags()
    # (singular or plural: Terrorist, Terroristen)
    nouns = tags.filter(pl.col("tag").is_in(["NN", "NNS"])).select_seq(
        pl.col("form").alias("_part")
    )
    # (a word the lexicon knows as a name is no compound of a common noun: Deutschland)
    names = tags.filter(pl.col("tag") == "NE").select_seq(pl.col("form").alias("_last"))
    # the word and, for a compound, its last parts of four letters or more after a first part
    # of four or more (Friedensmission: Mission; Überwachungsstaat: Staat)
    n = pl.col("_last").str.len_chars().cast(pl.Int64)
    words = words.drop_nulls("_last")
    tails = (
        words.join(names, on="_last", how="anti")
        .with_columns_seq(pl.int_ranges(4, pl.max_horizontal(n - 3, 4)).alias("_cut"))
        .explode("_cut")
        .drop_nulls("_cut")
        .select_seq(
            "_q", pl.col("_last").str.slice(pl.col("_cut")).str.to_titlecase().alias("_part")
        )
    )
    parts = pl.concat([words.rename({"_last": "_part"}), tails])
    common = parts.join(nouns, on="_part", how="semi").select_seq("_q")
    suffixed = words.filter(pl.col("_last").str.to_lowercase().str.contains(_NOUN_SUFFIX))
    return pl.concat([common, suffixed.select_seq("_q")]).unique().get_column("_q")


#: A quoted phrase is in another language when the language model gives that language at
#: least this probability (short phrases get low probabilities for every language).
FOREIGN_PROBABILITY = 0.4


def _foreign_phrase(q: pl.DataFrame) -> pl.Series:
    """``True`` for quotes of two to eight words that read as another language than German.

    A quoted English, French or Latin phrase with no speaker is a title or a term being
    named („Piper at the Gates of Dawn“, „running mate“, „summa cum laude“), not a scare
    quote. The offline language model of :mod:`analysis_kit.language` decides, over the
    quote's words only; a phrase it is unsure of (below :data:`FOREIGN_PROBABILITY`) counts
    as German („Fake News“ stays a scare quote). This is one model call for the few
    quotes of a corpus, not a loop over rows.
    """
    from analysis_kit.language import _classify

    n_words = q["quote"].str.count_matches(_latin(r"[\p{L}\d]+(?:[-'’][\p{L}\d]+)*"))
    todo = (n_words >= 2) & (n_words <= 8)
    texts = q.filter(todo)["quote"].to_list()
    flags = pl.Series("_foreign", [False] * q.height, dtype=pl.Boolean)
    if not texts:
        return flags
    languages, probabilities = _classify(texts)
    found = pl.Series(
        [
            lang != "de" and p >= FOREIGN_PROBABILITY
            for lang, p in zip(languages, probabilities, strict=True)
        ],
        dtype=pl.Boolean,
    )
    return flags.scatter(todo.arg_true(), found)


# The patterns that run directly (not through _extract or _subject), narrowed to the Latin
# script like the rules (see _latin): compiled once per process, they cost less that way.
_SAYING = _latin(_SAYING)
_SAYING_SUBJECT = _latin(_SAYING_SUBJECT)
_SAYING_IN = _latin(_SAYING_IN)
_SAYING_SUBJECT_IN = _latin(_SAYING_SUBJECT_IN)
_VERB_WIDE_IN = _latin(_VERB_WIDE_IN)
_PASSIVE_JUDGEMENT = _latin(_PASSIVE_JUDGEMENT)
_ATTRIBUTE_BEFORE = _latin(_ATTRIBUTE_BEFORE)
_PASSIVE_RELATIVE = _latin(_PASSIVE_RELATIVE)
_SPEECH = _latin(_SPEECH)
_SPEECH_IN = _latin(_SPEECH_IN)
_SUBJUNCTIVE = _latin(_SUBJUNCTIVE)
_SUBJUNCTIVE_IN = _latin(_SUBJUNCTIVE_IN)
_AUX_AT_END = _latin(_AUX_AT_END)
_MAIN_CLAUSE_SPEAKER = _latin(_MAIN_CLAUSE_SPEAKER)
_SAID_BY_SOURCE = _latin(_SAID_BY_SOURCE)
_MAIN_CLAUSE_AUX = _latin(_MAIN_CLAUSE_AUX)
_PARTICIPLE_IN_SENTENCE = _latin(_PARTICIPLE_IN_SENTENCE)
_INNER_REPORT = _latin(_INNER_REPORT)
_INNER_REPORT_OPEN = _latin(_INNER_REPORT_OPEN)
_INNER_REPORT_FIRST = _latin(_INNER_REPORT_FIRST)
_INNER_FINITE_AFTER = _latin(_INNER_FINITE_AFTER)
_INNER_REPORT_LAST = _latin(_INNER_REPORT_LAST)
_PARTICIPLE_CLOSING = _latin(_PARTICIPLE_CLOSING)
_NOT_SPEAKER = _latin(_NOT_SPEAKER)
_SUBJECT_ONLY = _latin(_SUBJECT_ONLY)
_OBJECT_FIRST = _latin(_OBJECT_FIRST)
_PERSON_A_AFTER_VERB = _latin(_PERSON_A_AFTER_VERB)
_WOMAN_AFTER_VERB = _latin(_WOMAN_AFTER_VERB)
_FIRST_NOUN = _latin(_FIRST_NOUN)
_THING_FIRST = _latin(_THING_FIRST)
_BODY_FIRST = _latin(_BODY_FIRST)
_QUANTIFIED_PLURAL = _latin(_QUANTIFIED_PLURAL)
_NAME_AFTER_VERB = _latin(_NAME_AFTER_VERB)
_DER_AFTER_VERB = _latin(_DER_AFTER_VERB)
_FEMININE_DATIVE = _latin(_FEMININE_DATIVE)
_AFTER_ADDRESSEE = _latin(_AFTER_ADDRESSEE)
_PREP_START = _latin(_PREP_START)
_PREPOSITION = _latin(_PREPOSITION)
_OBLIQUE = _latin(_OBLIQUE)
_PERSON_LIKE = _latin(_PERSON_LIKE)
_PERSON_LIKE_REST = _latin(_PERSON_LIKE_REST)
_THE_PERSON = _latin(_THE_PERSON)
_ADJECTIVE_FIRST = _latin(_ADJECTIVE_FIRST)
_UNNAMED_OFFICE = _latin(_UNNAMED_OFFICE)
_SHARE = _latin(_SHARE)
_REPORT_SUBJECT = _latin(_REPORT_SUBJECT)
_DET_START = _latin(_DET_START)
_DETERMINER = _latin(_DETERMINER)
_LEADING_JUNK = _latin(_LEADING_JUNK)
_OPEN_QUOTE_BEFORE = _latin(_OPEN_QUOTE_BEFORE)
_CLOSING_FIRST = _latin(_CLOSING_FIRST)
_PREDICATE_FIRST = _latin(_PREDICATE_FIRST)
_EXTENDED_ATTRIBUTE = _latin(_EXTENDED_ATTRIBUTE)
_MENTION_BEFORE = _latin(_MENTION_BEFORE)
_PARTICLE_NAMES = _latin(_PARTICLE_NAMES)
_VERB_WIDE = _latin(_VERB_WIDE)
_NAME_HEADS = _latin(_NAME_HEADS)
_INSTITUTION_HEADS = _latin(_INSTITUTION_HEADS)
_NP_WORD = _latin(_NP_WORD)
_SUBJECT_THEN_RELATIVE = _latin(_SUBJECT_THEN_RELATIVE)
_PLURAL_PHRASE = _latin(_PLURAL_PHRASE)
_NAME_THEN_COMMA = _latin(_NAME_THEN_COMMA)
_DATELINE_COMMA = _latin(_DATELINE_COMMA)
_EPITHET = _latin(_EPITHET)
_AGED_NAME = _latin(_AGED_NAME)
_INTRODUCED_EPITHET = _latin(_INTRODUCED_EPITHET)
_QUOTED_OBJECT = _latin(_QUOTED_OBJECT)
_OWNED_DOCUMENT = _latin(_OWNED_DOCUMENT)
_PREPOSITION_NAME = _latin(_PREPOSITION_NAME)
_PLACE_AT_END = _latin(_PLACE_AT_END)
_UNNAMED_VOICE = _latin(_UNNAMED_VOICE)
_SUBJECT_FIRST = _latin(_SUBJECT_FIRST)
_NAME_ONLY = _latin(_NAME_ONLY)
_BARE_PLURAL = _latin(_BARE_PLURAL)
_MALE_RELATIVE = _latin(_MALE_RELATIVE)
_FIXED_ADVERBIAL = _latin(_FIXED_ADVERBIAL)
_CLOSE_PERSON = _latin(_CLOSE_PERSON)
_FEMININE_ROLE = _latin(_FEMININE_ROLE)
_ATTRIBUTIVE_PARTICIPLE = _latin(_ATTRIBUTIVE_PARTICIPLE)
_FEMALE_RELATIVE = _latin(_FEMALE_RELATIVE)
_PLURAL_FIRST = _latin(_PLURAL_FIRST)
_ROLE_THEN_NAME = _latin(_ROLE_THEN_NAME)
_NAME_BEFORE_RELATIVE = _latin(_NAME_BEFORE_RELATIVE)
_NOUN_SUFFIX = _latin(_NOUN_SUFFIX)
_OWNED_ROLE = _latin(_OWNED_ROLE)
_MASCULINE_SURNAME = _latin(_MASCULINE_SURNAME)
_ROLE_BEFORE_NAME = _latin(_ROLE_BEFORE_NAME)
_CARRIED_ROLE_BEFORE_NAME = _latin(_CARRIED_ROLE_BEFORE_NAME)
_ROLE_OF_BODY_NAME = _latin(_ROLE_OF_BODY_NAME)
_ROLE_DESCRIBED_NAME = _latin(_ROLE_DESCRIBED_NAME)
_ROLE_WORD_ALONE = _latin(_ROLE_WORD_ALONE)
_FORMER_WORDS = _latin(_FORMER_WORDS)
_FORMER = _latin(_FORMER)
_ROLE_APPOSED = _latin(_ROLE_APPOSED)
_EPITHET_ORIGIN = _latin(_EPITHET_ORIGIN)
_NAME_APPOSED_ROLE = _latin(_NAME_APPOSED_ROLE)
_ADMINISTRATION_HEAD = _latin(_ADMINISTRATION_HEAD)
_CIRCUMSTANCE = _latin(_CIRCUMSTANCE)
_AGENT_BEFORE = _latin(_AGENT_BEFORE)
_FEMININE_SURNAME = _latin(_FEMININE_SURNAME)
_MAIN_CLAUSE_THREAT = _latin(_MAIN_CLAUSE_THREAT)
_NAME_AFTER_RELATIVE = _latin(_NAME_AFTER_RELATIVE)
_ADDRESSEE_QUOTED = _latin(_ADDRESSEE_QUOTED)
_NAMES_SOMEONE = _latin(_NAMES_SOMEONE)
_OPPONENT_COMPOUND = _latin(_OPPONENT_COMPOUND)
_REPUTATION_BEFORE = _latin(_REPUTATION_BEFORE)
_OWN_CLAUSE = _latin(_OWN_CLAUSE)
_HOST_BEFORE = _latin(_HOST_BEFORE)
_BODY_SPEAKER = _latin(_BODY_SPEAKER)
_ADDRESSEE_DER = _latin(_ADDRESSEE_DER)
_NUMBER_FIRST = _latin(_NUMBER_FIRST)
_A_DOCUMENT = _latin(_A_DOCUMENT)
_A_DOCUMENT_OF = _latin(_A_DOCUMENT_OF)
_QUOTED_FROM = _latin(_QUOTED_FROM)
_HOST_COMPOUND = _latin(_HOST_COMPOUND)
_ROLE_AFTER_NAME = _latin(_ROLE_AFTER_NAME)
_WORK_SOURCE = _latin(_WORK_SOURCE)
_ROLE_EPITHET = _latin(_ROLE_EPITHET)
_RANK = _latin(_RANK)
_BODY_EPITHET = _latin(_BODY_EPITHET)
_NAMED_BODY = _latin(_NAMED_BODY)
_TITLE_BEFORE_NAME = _latin(_TITLE_BEFORE_NAME)
_WORD_TITLE_BEFORE_NAME = _latin(_WORD_TITLE_BEFORE_NAME)
_SELF_NAMED = _latin(_SELF_NAMED)
_BODY_COMPOUND = _latin(_BODY_COMPOUND)
_QUOTED_BODY = _latin(_QUOTED_BODY)
_QUOTED_PAPER_TITLE = _latin(_QUOTED_PAPER_TITLE)
_BODY_DOCUMENT = _latin(_BODY_DOCUMENT)
_PRIVATE_BODY_SPEAKER = _latin(_PRIVATE_BODY_SPEAKER)
_STATE_BODY = _latin(_STATE_BODY)
_EMBASSY = _latin(_EMBASSY)
_CENTRAL_BANK = _latin(_CENTRAL_BANK)
_ARMY = _latin(_ARMY)
_PERSON_AGAIN = _latin(_PERSON_AGAIN)
_UNNAMED_PERSON = _latin(_UNNAMED_PERSON)
_SEGMENT = _latin(_SEGMENT)
_DESCRIPTION = _latin(_DESCRIPTION)
_DATELINE_BEFORE_QUOTE = _latin(_DATELINE_BEFORE_QUOTE)
_WORK_NAMED = _latin(_WORK_NAMED)
_AUX_SUBJUNCTIVE = _latin(_AUX_SUBJUNCTIVE)
_PARTY_EPITHET = _latin(_PARTY_EPITHET)
_INSERTED_CLAUSE_HEAD = _latin(_INSERTED_CLAUSE_HEAD)
_DOCUMENT = _latin(_DOCUMENT)
_RELATIVE_OPEN = _latin(_RELATIVE_OPEN)
_ABSTRACT_WORD = _latin(_ABSTRACT_WORD)
_ACADEMIC_COMPOUND = _latin(_ACADEMIC_COMPOUND)
_FEMININE_ROLE_BEFORE = _latin(_FEMININE_ROLE_BEFORE)
_ADDRESSEE_AFTER_NAME = _latin(_ADDRESSEE_AFTER_NAME)
_VERB_FIRST_PRONOUN = _latin(_VERB_FIRST_PRONOUN)
_TITLE_NAMED = _latin(_TITLE_NAMED)
_DISPUTES = _latin(_DISPUTES)
_ENGLISH_T = _latin(_ENGLISH_T)
_NOT_VERB_ADJECTIVE = _latin(_NOT_VERB_ADJECTIVE)
_PREFIXED_PARTICIPLE = _latin(_PREFIXED_PARTICIPLE)
_WORD_BEFORE_NAME = _latin(_WORD_BEFORE_NAME)
_ADJECTIVE_FORM = _latin(_ADJECTIVE_FORM)
_TAKING_UP = _latin(_TAKING_UP)
_NAME_PARTICLE = _latin(_NAME_PARTICLE)
_MODAL_IN_CLAUSE = _latin(_MODAL_IN_CLAUSE)
_ONLY_ADVERBS = _latin(_ONLY_ADVERBS)
_SUBJECT_BEFORE_MODAL = _latin(_SUBJECT_BEFORE_MODAL)
_MODAL_AFTER_INFINITIVE = _latin(_MODAL_AFTER_INFINITIVE)
_COMMON_FINITE = _latin(_COMMON_FINITE)
