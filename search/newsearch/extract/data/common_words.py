"""Words seen mostly in lower case in wire copy.

Learned by bench/build_common_words.py on reut2-000..010."""

_TEXT = """
abandon abandoned abandoning abandonment abated abide abiding ability able aboard abolish
abolished abolishing abolition about above abroad abrupt absence absent absolute absolutely
absorb absorbed absorbing absorption abundant abuse abuses abusive academic accelerate
accelerated accelerating acceleration accentuating accept acceptable acceptance acceptances
accepted accepting accepts access accessible accession accessories accident accidents
accommodate accommodation accommodative accomodate accompanied accompany accompanying accomplish
accomplished accord accordance according accordingly accords account accountants accounted
accounting accounts accrual accruals accrue accrued accruing accumulate accumulated accumulating
accumulation accurate accused accusing achieve achieved achievement achievements achieving acid
acknowledge acknowledged acknowledging acknowledgment acquire acquired acquirers acquires
acquiring acquisition acquisitions acquitted acre acreage acres across acted acting action
actions activated active actively activities activity acts actual actually acute ad adamantly
adapt adapted add added adding addition additional additions additive address addressed
addresses addressing adds adequacy adequate adequately adhere adhered adherence adhering
adhesive adhesives adjacent adjoining adjourn adjourned adjust adjustable adjusted adjusting
adjustment adjustments administer administered administration administrations administrative
administrator admission admit admitted admitting adopt adopted adopting adoption ads adult
advance advanced advances advancing advantage advantageous advantages adverse adversely
advertised advertisement advertisers advertising advice advise advised adviser advisers advises
advising advisor advisories advisors advisory advocate advocated advocating aerosol affair
affect affected affecting affects affiliate affiliated affiliation affirmative affirmed afford
afloat afraid after aftermath afternoon aftershocks afterwards again against aged ageing
agencies agency agenda agent agents aggravate aggravated aggravating aggravation aggregate
aggregates aggregating aggressive aggressively ago agree agreed agreeing agreement agreements
agrees agribusiness agricultural agro aground ahead aid aide aided aides aiding aids ailing aim
aimed aiming aims airbags aircraft aired airline airliner airliners airplanes airport airports
al alarm albeit alcohol alert alfalfa alignment alike alive all allegations allege alleged
allegedly alleges alleging alleviate allies allocate allocated allocation allocations allotment
allotments allotted allow allowable allowance allowances allowed allowing allows alloy alloyed
alloys ally almost alone along alongside already also alter alterations altered alternate
alternative alternatively alternatives although altitude altogether alumina aluminum always am
amalgamation ambassador ambassadors ambitious amend amended amending amendment amendments amid
ammunition among amongst amortisation amortization amortizations amount amounted amounting
amounts amp ample amts amusement amylase an analog analysis analyst analysts analyze analyzing
ancillary and anemia anger angered angrily angry animal animals anniversary announce announced
announcement announcements announces announcing annoyed annual annualised annualized annually
annuities annum anonymity anonymous another answer anti antibiotic antibiotics antibodies
antibody anticipate anticipated anticipates anticipating anticipation anticompetitive antitrust
antiviral anxiety anxious any anybody anyi anyone anything anytime anyway anywhere apart
apartheid apartment apiece apparatus apparel apparent apparently appeal appealed appealing
appear appearance appeared appearing appears appease appetite applauded apples appliance
appliances applicability applicable applicants application applications applied applies apply
applying appoint appointed appointing appointment appointments appraisal appraised appreciate
appreciated appreciation approach approached approaches approaching appropriate appropriated
approval approvals approve approved approves approving approximate approximately arable
arbitrage arbitrager arbitragers arbitrageur arbitrageurs arbitraging arbitrarily arbitration
architect architects architecture archive are area areas aren arena argue argued argues arguing
argument arguments arise arisen arising arithmetic arm armed armour armoured arms arose around
aroused arrange arranged arrangement arrangements arranger arranging array arrears arrest
arrested arrival arrivals arrive arrived arriving arsenide article articles artificial
artificially artillery artists as asbestos ascertain aside ask asked asking asks aspect aspects
assault assay assayed assays assemble assembled assemblies assembly asserted assertion assess
assessed assessing assessment assessments asset assets assign assigned assist assistance
assisted assisting associate associated associations assume assumed assumes assuming assumption
assumptions assurance assurances assure assured assures assuring at athletic atmosphere attache
attached attack attacked attacking attacks attain attainable attempt attempted attempting
attempts attend attendance attendants attended attending attention attitude attitudes attorneys
attract attracted attracting attractive attractiveness attributable attribute attributed auction
auctioned auctions audience audit audited auditor auditors audits auspices austerity
authenticity author authorisation authorised authoritative authorities authority authorization
authorize authorized authorizes authors automaker automakers automated automatic automatically
automation automobile automobiles automotive autonomous autonomy autos autumn availabilities
availability available average averaged averages averaging avert avg avian avoid avoided
avoiding await awaited awaiting award awarded awards aware awareness away awful axis baby back
backdrop backed backer backers background backing backlog backs backup backwardations bacteria
bad badly bag bags baht bail bailout bakery balance balanced balances balancing baldness bales
balked balking balloon ban band bands banker bankers banking bankrupt bankruptcies bankruptcy
banks bankworkers banned banning banquet bans bar bare barely bargain bargaining barge barges
barley barometer barred barrel barrels barrier barriers barring bars barter base based baseless
bases bashing basic basically basins basis basket battered batteries battle battlefield battles
bauxite bbl bbls be beans bearer bearing bearish bears beat beauty became because become becomes
becoming bed beds beef been beer beet before begain began begin beginning begins begun behalf
behaviour behind being belief believe believed believes believing bellies belly belong belonging
belongs below belt belts benchmark beneath beneficiaries beneficiary benefit benefited
benefiting benefits benefitted benefitting berths beset besides best bet better betting between
beverage beyond bi bias bid bidder bidders bidding bids big bigger biggest bilateral bilion bill
billed billet billing billion billions billon billowing bills bind binding bindings biotech
biotechnology bipartisan birds birth bisphenol bit bite bitter bizarre black blacks blame blamed
blanket blast blasted bleached bleak blew blind blizzard bloc block blocked blocking blocks
blood blow blows blueprint board boards boat boats bode bodied bodies body bold bolivars bolster
bolstered bomb bombed bombing bond bonded bondholders bonding bonds bone bonus bonuses book
booked booking bookings bookrunner books boom booming boost boosted boosting boot border borne
borrow borrowed borrower borrowers borrowing borrowings both bottlenecks bottom bottomed bought
bounced bound bourses bow bowling box boxes boycott boycotts bpd brackets brains brake brakes
branch branches brand branded breach breached breaching bread breadth break breakdown breakeven
breakfast breaking breakout breaks breakthrough breakup breathe breathing brewer brewery brewing
bribery bribes bridge bridges bridging brief briefed briefing briefly bright brighter bring
bringing brings brink brisk broad broadcast broaden broadening broader broadly broke broken
broker brokerage brokerages brokers broking brother brought bu bubble buck budded budding budget
budgetary budgeted budgeting budgets buffer build building buildings builds buildup built bulk
bullet bullion bullish bullishness bumper buoyancy buoyant buoyed burden burdened burdens
burdensome bureaucracy bureaus burn burned burning burst bus buses bushel bushels business
businesses businessman businessmen busy but butter buy buyback buydown buyer buyers buying
buyout buyouts buys by bypass cabin cabinet cables caffeine cake calculate calculated calculates
calculating calculation calculations calendar calf call callable called calling calls calm
calmly calories came cameras campaign campaigned campaigning can cancel canceled cancellation
cancelled cancelling cancer candidate candidates candy cane canned cannot cans cap capabilities
capability capable capacity capita capital capitalisation capitalised capitalization capitalize
capitalized capitals capped capsized captain capture captured car carbon card cardiovascular
cards career careful carefully cargo cargoes carmaker carmakers carnival carpet carried carrier
carriers carries carry carryforward carryforwards carrying carryover cars cartel carve case
cases cash cask cassette cassettes cast casting castings casual casualties catalog catalogs
catalyst catalytic catapulted catastrophic catch catches categorically categories category cater
catering cathode cattle caught cause caused causes causing caution cautioned cautious cautiously
cc cease ceased cede ceiling ceilings celebrate celebrations cells cellular cellulose censure
cent centered centers centigrade central centralized centrally centre centred centres centrist
cents cereal cereals ceremonies ceremony certain certainly certainty certificate certificates
certification certified certify certs chain chains chaired chairman chairmanship chairmen chairs
challenge challenged challenges challenging chance chances change changed changeover changes
changing channeling channelled channels character characterised characteristics charge charged
charges charging charities chart charterers chartering charts cheap cheaper cheapest cheaply
cheating check checked checking checkoff checks cheese chemicals chemistry cheng chequable chief
chiefly chiefs child childhood children chilled chip chipmakers chips chloramphenicol chloride
chlorinated chocolate choice choices choke cholesterol choose choosing chosen chronic chunk
churches cif cigarette cigarettes circles circuitry circuits circular circulate circulated
circulating circulation circumstances cited cities citing citizen citrus civil civilian claim
claimants claimed claiming claims clandestine clarification clarified clarifies clarify
clarifying clarity clash clashes classes classification classified clause clauses clean cleaned
cleaning cleanup clear clearance clearances cleared clearer clearing clearly clears clerical
clerk client clients climate climb climbed climbing clinched clinical clock clone clones close
closed closely closer closes closest closing closings closure closures cloth clothing clotting
cloud clouded clouds clout clubs cnt coal coalition coarse coasts coat coatings cobalt cocaine
cockpit cocoa cocoas code coding coffee coffees coffers cogeneration coin coincide coincided
coincident coincides coinciding coins coking cold collaboration collapse collapsed collateral
collateralised collateralized colleagues collect collected collecting collection collective
collectively colleges collided colony color colour column combat combination combinations
combine combined combines combining come comes comfortable comfortably coming command commence
commenced commencement commencing comment commentators commented commenting comments commercial
commercialization commercially commercials commerical commissioned commissioners commissions
commit commitment commitments committed committee committees committing commodities common
commonly communicate communicated communique communities commuter compact companies companion
company comparable comparative compare compared compares comparison comparisons compatibility
compatible compelled compensate compensated compensation compensatory compete competing
competition competitive competitively competitiveness competitivity competitor competitors
compile compiled compiling complain complained complaining complaint complaints complement
complete completed completely completes completing completion completions complex complexity
compliance complicated complications complied comply complying component components composed
composite composition compound compounded compounding compounds comprehensive compressor
comprise comprised comprises comprising compromise compromised compulsory computer computerised
computerized computers conade concede conceded conceivable conceivably concentrate concentrated
concentrates concentrating concentration concept concern concerned concerning concerns concert
concerted concession concessional concessionary concessions conciliator conciliatory conclude
concluded concludes concluding conclusion conclusions concrete concurrent condemn condensate
condition conditional conditionally conditioned conditioning conditions condom condoms conduct
conducted conducting conducts conference conferences conferred confidant confidence confident
confidential confidentiality configuration confine confined confirm confirmation confirmed
confirming conflict conflicting conflicts conform confrontation confronted confused confusing
confusion congestion conglomerate conjunction connect connected connecting connection
connections connectors conscious consecutive consensus consent consented consequence
consequences consequent consequently conservatively conserve consider considerable considerably
consideration considerations considered considering considers consignment consist consisted
consistent consistently consisting consists consolidate consolidating consolidation
consolidations consortia consortium conspiracy conspired conspiring constant constituencies
constituents constitute constitutes constitution constitutional constitutionality constrain
constrained constraints construct constructed constructing construction constructive consult
consultant consultants consultation consultations consulted consulting consumed consumer
consumers consuming consummate consummated consummation consumption contact contacted contacts
contain contained containers containing contains contaminated contamination contemplated
contemplates contemplating contend contended contenders contends content contention contentious
contents contest contested context contingencies contingency contingent continually continuation
continue continued continues continuing continuity continuous continuously contra contraceptive
contraceptives contract contracted contracting contraction contractionary contractor contractors
contracts contractual contradict contrary contras contrast contrasted contrasts contribute
contributed contributes contributing contribution contributions contributor control controlled
controller controllers controlling controls controversial controversy contruction convene
convened convenient conventional convergence conversation conversations conversion conversions
convert converted converters convertible convertibles converting converts convey convicted
conviction convince convinced convincing cooked cooking cool cooled cooling cooperate cooperated
cooperating cooperative cooperatives coordinate coordinated coordinating coordination cope
copier copiers copies copper copra copy copying copyright copyrights core corenes corn corner
cornerstone corporate corporates corporations correct corrected correcting correction
corrections corrective corrects correlation correspond correspondents corresponding corresponds
corridor corruption corynespora cosmetics cost costing costly costs cotton could councils
counsel counselor counsels count counted countenance counter counteract countered counterfeit
counterpart counterparts counterparty counterproductive countertrade countertrading
countervailing counties counting countries country countryside counts coup couple coupled coupon
coupons course courses courted courts covenants cover coverage coverages covered covering covers
covert cow cows crack cracked cracking cranes crash cream create created creates creating
creation creative credibility credible credit credited creditor creditors credits creditwatch
creditworthiness crepe crew crewmen crews crime criminal crises crisis criteria critic critical
criticised criticism criticisms criticized critics cronies crop cropland crops cross crossed
crossing crowded crown crowns crucial crude crudes cruise crush crushed crushers crushing
cruzados crystal ct cts cubic cultural culture cumulative curb curbed curbing curbs cure
currencies currency current currently curtail curtailed curtailment curve cushion custody custom
customarily customer customers customized customs cut cutback cutbacks cuts cutting cwts cycle
cyclical da daily dairy dam damage damaged damages damaging dampen dampening danger dangerous
dangers dark data database date dated dates dating day days de dead deadline deadlines deadlock
deadlocked deadly deal dealer dealers dealerships dealing dealings deals dealt death deaths
debate debated debates debating debenture debentures debit debits debris debt debtor debtors
debts decade decades decay deceptive decide decided decides deciding decision decisions decisive
deck declaration declarations declare declared declaring decline declined declines declining
decoupling decrease decreased decreases decreasing decree dedicate dedicated deducted deducting
deduction deductions deemed deep deepen deepening deeper deepest deeply default defaulted
defaults defeat defeated defects defence defend defendant defendants defended defending defenses
defensive defer deferral deferrals deferred deficiencies deficiency deficient deficit deficits
define defined defines defining definite definitely definition definitions definitive
definitively deflationary deflator deflect defraud defrauded defuse degree degrees del delay
delayed delaying delays delegate delegates delegation delegations deliberately deliberation
deliberations delicate delighted delinquent delist delisted delisting deliver deliverability
deliverable delivered deliveries delivering delivery demand demanded demanding demands demise
democracies democracy demonstrate demonstrated demonstrates demonstration demonstrations
demonstrators denatured denial denied denominated denomination denominations denominator density
dent deny denying deodorised departing departments departure depend depended dependence
dependency dependent depending depends depleted depletion deploring deployment deposed deposit
depositary deposited depositors deposits depreciated depreciation depress depressed depressing
depression deprive deprived depth depths deputies deregulate deregulated deregulating
deregulation derivative derivatives derived des describe described describing design designate
designated designed designing designs desirability desirable desire desired desires desk desktop
desperate despite destination destinations destined destocking destroy destroyed destruction
detail detailed detailing details detect detected detecting detection detects deter deteriorate
deteriorated deteriorating deterioration determination determine determined determining
deterrent detrimental devaluation devalue devalued devastated devastating develop developed
developer developing developments develops deviate device devised devising devote devoted di
diagnose diagnosis dialing dialogue dialysis diameter diapers dictate did didn died diesel
differ differed difference differences different differential differentials difficult
difficulties difficulty digest digging digit dilemma diligence diluted dilution dim dimensional
diminish diminished diminishing dinar dinars dinner dioxide dioxin dip diplomat diplomatic
diplomats dipped dire direct directed directing direction directions directive directly director
directorate directors disadvantage disadvantages disagree disagreed disagreement disallow
disappear disappearance disappeared disappointed disappointing disappointment disapproval
disapprove disarray disaster disastrous disbursed disbursement disbursements disc discard
discharge discharged discharging disciplinary discipline disclose disclosed disclosing
disclosure disclosures discomfort discontinue discontinued discontinuing discount discounted
discounting discounts discourage discouraged discouraging discovered discoveries discovery
discreetly discretion discrimination discriminatory discs discuss discussed discussing
discussion discussions disease diseases disgruntled disguise disincentive disk disks dislike
dismal dismantle dismantling dismiss dismissal dismissed dismissing disorders dispatched display
displayed displays disposable disposal disposals dispose disposed disposition dispute disputed
disputes disqualified disregard disrupt disrupted disrupting disruption disruptions
dissatisfaction dissatisfied disseminating dissemination dissent dissident dissolution dissolve
dissolved dissolving distance distanced distant distillate distinct distinction distinctly
distort distorted distortion distortions distribute distributed distributes distributing
distribution distributions distributor distributors districts disturbances disturbed disturbing
ditch div divergence diverse diversification diversified diversify diversion diversity divert
diverted diverting divest divested divestiture divestitures divestment divide divided dividend
dividends divides dividing division divisional divisions divisor divs dlr dlrs dls do doctors
document documentation documents does doesn doing doldrums dollar dollars domestic domestically
dominant dominate dominated don donated donation done donor donors door doors dormancy double
doubled doubling doubt doubted doubtful doubts down downgrade downgraded downgrades downgrading
downs downside downstream downtown downturn downward downwardly downwards dozen dozens draft
drafted drafting drag dragging drain draining drains dramatic dramatically drastic drastically
draw drawback drawdown drawing drawings drawn dream dressing dried dries drift drifting drill
drilled drilling drink drinking drinks drive driven driver drives driving drop dropped dropping
drops drought droughts drove drug drugs drums dry drying dryness du dual duck due dull dump
dumped dumping duplicate durable durables duration during durum duties duty dw dwindling dwt
dynamic dynamite each eager earlier earliest early earmarked earn earned earner earners earning
earnings earns earth earthquake earthquakes ease eased easier easily easing eastward easy eat
eating ebullient echoed economic economical economically economies economist economists economy
edge edged edging edible edition editor editorial editors educate educated education educational
educators eep effect effected effective effectively effectiveness effects efficacy efficiencies
efficiency efficient efficiently effort efforts egg eggs eight eighth either elaborate
elaborating elect elected election elections electoral electorate electrical electricity
electromagnetic electronic electronically element elements elevators eleventh eligibility
eligible eliminate eliminated eliminates eliminating elimination elite else elsewhere embargo
embark embarrassment embassy embezzlement embrace emerge emerged emergence emergency emerges
emerging emeritus eminent emission emissions emotional emphasis emphasised emphasize emphasized
emphasizing employ employed employee employees employer employers employes employing employment
employs empowered empowering empty emulate en enable enabled enables enabling enact enacted
enactment encompass encountered encountering encourage encouraged encourages encouraging end
endanger endangered endangering endeavour ended ending endorse endorsed endorsement endorsing
ends enemy energetic enforce enforced enforcement enforcing engage engaged engagement engaging
engine engined engineer engineered engineering engines enhance enhanced enhances enhancing
enjoin enjoined enjoy enjoyed enlarged enormous enormously enough enquiries enquiry enrichment
enroll enrolled enrollment ensure ensuring entailing entails enter entered entering enthusiasm
enthusiastic entire entirely entirety entities entitle entitled entitles entitling entity
entrance entrees entries entry environment environments envisaged envisages envision envoy
enzyme enzymes epicentre equal equalled equally equals equation equilibrium equip equipment
equipped equities equity equivalent equivalents era eradicate eradication erasable erased erect
eroded erodible eroding erosion erratic erred error errors erupted es escalating escalation
escaped escort escorted escrow escudos especially essential essentially establish established
establishes establishing establishment estate estimate estimated estimates estimating et ethanol
ethnic ethylene euphoria eurobond eurobonds euronotes eurosterling evacuated evacuation evading
evaluate evaluated evaluating evaluation evasion eve even evening evenly event events eventual
eventually ever evergreen every everyone everything evidence evident evidently evolution evolved
exacerbate exacerbated exact exactly exaggerated examination examine examined examining example
examples exceed exceeded exceeding exceedingly exceeds excellent except exception exceptional
exceptionally exceptions excess excesses excessive excessively exchangeable exchanged exchanges
exchanging excise excited exciting exclude excluded excludes excluding exclusion exclusive
exclusively excuse execute executed execution executive executives exempt exempted exemption
exemptions exercisable exercise exerciseable exercised exercising exert exerted exhaust
exhausted exhibit exist existed existence existent existing exists exit expand expanded
expanding expands expansion expansionary expansive expatriate expect expectation expectations
expected expecting expects expedited expeditious expeditiously expenditure expenditures expense
expenses expensive experience experienced experiencing experiment experimental experiments
expert expertise experts expiration expirations expire expired expires expiring expiry explain
explained explaining explains explanation explicit explicitly exploded exploit exploiting
exploration exploratory explore explored exploring explosion explosive export exportable
exported exporter exporters exporting exports expose exposed exposure exposures expressed
expressing expression expressions extend extended extending extends extension extensions
extensive extensively extent external extinguishment extra extract extracted extraction
extraordinaries extraordinary extreme extremely extremists extrusion eye eyes fabric face faced
faces facilitate facilities facility facing fact facto factor factories factoring factors
factory facts factual fail failed failing fails failure failures fair fairer fairly fairness
faith fake fall fallen falling falloff falls false falsifying familiar families family far fare
fares farm farmer farmers farming farmland farms fashion fast faster fastest fat fatal fate
father fatigue fats fault favor favorable favorably favored favors favour favourable favourably
favoured favours fear feared fearing fears feasability feasibility feasible feature featured
features featuring federally fee feed feeder feedgrain feedgrains feeding feedlot feedlots
feedstock feel feeling feelings feels fees feet feldspar fell fellow felony felt female fend
ferries ferrous ferry fertiliser fertilisers fertilizer festivities fetch fever few fewer fiber
fiction fiddling fiduciary field fields fierce fifth fight fighter fighters fighting figure
figures file filed files filing filings fill filled filling films filters final finalise
finalised finalising finalization finalize finalized finalizing finally financed finances
financial financially financier financing financings find finding findings finds fine fined
finely fines finest finish finished fire fired fires firm firmed firmer firming firmly firmness
firms first fiscal fish fishermen fishing fishmeal fit fitness fits fitted five fix fixed fixing
fl flag flagging flagship flare flat flatly flats flawed fled fledged fledgling flew flexibility
flexible flexibly flight flights float floated floater floaters floating flood flooded flooding
floods floor flotation flour flow flowed flowering flowing flown flows fluctuate fluctuated
fluctuating fluctuation fluctuations fluid fluidized fluids flurry fly flyer flying foam fob
focus focused focusing focussing fold follow followed following follows food foodservice foot
foothold footing footwear for forbearance forbid forbidding force forced forces forcing forecast
forecaster forecasting forecasts foreclose foreclosed forefront forego foreign foreigners
forerunner foresaw foresee foreseeable foresees forestall forestry forests forfeit forfeited
forged forgeries forget forgiveness forgotten forint forints forklift form forma formal
formalized formally format formation formed former formerly forming forms formula formulate
formulated formulations forseeable forth forthcoming fortnight fortnightly fortunately fortunes
forward forwarded foster fostering fought found founded founder founders founding four fourth
fraction fractional fractionally fragile fragmented fragrances frame framework franc franchise
franchised franchisee franchises francs fraud fraudulent free freed freedom freeing freely freer
freeze freezes freezing freight freighter frenzy frequency frequent frequently fresh friction
friend friendly friends fringe from front fronts frosts froze frozen fructose fruit fruitless
fruits frustrated frustration ft fuel fueled fuelling fuels fuer fulfil fulfill fulfilled
fulfilling full fuller fully function functional functioning functions fundamental fundamentally
fundamentals funded funding funds funeral fungus furnace furniture further future futures gain
gained gaining gains gallium gallon gallons galvanizing gambling game gaming gap gaping garden
garments garrison gas gases gasoline gate gather gathered gathering gauge gave gazetted gdp gear
geared gearing gears gel generally generate generated generates generating generation
generations generator generators generic generous genetically genital genuine geographic
geographical geographically geological geothermal germination gesture get gets getting giant
giants gigabytes gigantic gilt gilts ginnings give given gives giving glimpse global globally
gloomy glut gluten glutted gmt gnp go goal goals goes going gold gone good goods goodwill got
gotten goverment govern governing government governmental governments governors gp grace grade
graded grades grading gradual gradually grain grains grams grant granted granting grants grape
grapefruit graphic grapple grasses grave gravity grazing great greater greatest greatly
greenmail greeted grew grey grip grocery gross grossly ground grounded groundnut grounds
groundwater groundwork grouping groups grow grower growing grown grows growth guarantee
guaranteed guaranteeing guarantees guarantor guard guarded gubernatorial guerrilla guerrillas
guess guesses guessing guesstimated guesstimating guest guidance guide guideline guidelines
guild guilder guilders guilty gum gun gusty guys gyrations ha habits had haemophilics hailed
hair half halt halted halting halved hamburger hammer hammered hamper hampered hampering hand
handed handful handing handle handled handles handling handover hands happen happened happening
happens happy hard hardening harder hardest hardline hardly hardship hardware harm harmed
harmful harming harmonious harsh harvest harvested harvesting harvests has hasn hastening hasty
haul have haven having hazardous he head headed heading headlines headquartered headquarters
heads healthier healthy heap hear heard hearing hearings heart hearted heat heated heating
heavier heaviest heavily heavy heavyweight hectare hectares hectic hedge hedged hedging heed
heels hefty heightened heirs held helicopters help helped helpful helping helps hemisphere
hemoglobin hemophiliacs hence hepatitis her heralded herd herds here herpes herring hesitate
hidden hide high higher highest highlighted highly highs highway highways hike hikes him himself
hinder hindered hinges hint hinted hire hired hiring his historic historical historically
history hit hitherto hits hitting hoc hog hogs hold holder holders holding holds hole holes
holidays homebuilding homeland homeless homes honestly honesty honor honored honour hook hope
hoped hopeful hopefully hopes hoping horizontal hormone horse horsepower horses hospital
hospitals host hostage hostages hosted hostile hot hour hourly hours household households houses
housing hovered hovering how however hrs hub huge hulk human humanitarian humans humatrope
humidity hundred hundreds hundredth hung hunger hungry hunting hurdle hurry hurt hurting hurts
hybrid hydrocarbons hydrocracker hydroelectric ice icebreaker icy idea ideal ideas identical
identified identify identifying identities identity ideological idle idled idling if ignore
ignored illegal illegally illness illusory illustrated illustration image images imagine imaging
imbalance imbalances imediately immediate immediately immense immensely imminent immune immunity
immunological impact impacted impacts impair impaired impasse impatience impatient impeded
impediments imperative impetus implement implementation implemented implementing implication
implications implicit implied implies imply implying import importance important importantly
importation imported importer importers importing imports impose imposed imposes imposing
imposition impossible impractical impress impressed impression impressive improper improperly
improve improved improvement improvements improves improving imputation in inability inaccurate
inactive inadequate inappropriate incentive incentives inception inch inches incident incidents
inclined include included includes including inclusion income incomes incoming incompatible
incomplete inconclusive inconsistent incorporate incorporated incorporates incorporating
incorporation incorrect increase increased increases increasing increasingly incredible
increments incrimination incumbent incur incurred incurring indebted indebtedness indeed
indefinite indefinitely indemnification indemnify independence independent independently
independents index indexation indexed indexes indicate indicated indicates indicating indication
indications indicative indicator indicators indices indicted indictment indictments indirect
indirectly individual individually individuals induce induced industrial industrialised
industrialist industrialists industrialized industrials industry ineffective inefficient
ineligible inertia inevitable inevitably inexpensive inexperience infancy infantry infected
infection infections infectious inflate inflated inflation inflationary inflexible inflow
inflows influence influenced influences influencing influential influenza influx inform informal
informally information informed informing infrastructure infringe infringed infringement
infringing infuse infusion ingot ingredient ingredients inherent inherited inhibit inhibited
initial initialled initially initiate initiated initiating initiative initiatives inject
injected injecting injection injections injunction injunctions injure injured injuries injuring
injurious injury inner innovation innovations innovative inoperative input inquiries inquiry
inroads insect insects inside insider insignificant insist insisted insistence insisting insists
insolvencies insolvency insolvent inspected inspection inspections inspectors instability
install installation installations installed installing installment installments instalment
instalments instance instances instant instead instituted institutes institution institutional
institutions instructed instructions instrument instrumental instrumentation instruments
insufficient insulin insure insured insurer insurers insures insuring intact intangible integral
integrate integrated integrating integration integrity intellectual intelligent intend intended
intends intense intensely intensified intensify intensity intensive intent intention intentions
interagency intercompany interest interested interesting interests interexchange interfere
interfered interference interferon intergrating interim intermediaries intermediary
intermittently internal internally internationalise internationalization internationally
interpret interpretation interpreted interrupted interrupting interruption intersected
intersections interst interval intervals intervene intervened intervening intervention interview
interviewed interviewer interviews into intransigence introduce introduced introduces
introducing introduction introductions invalid inventories inventory inverse invest invested
investigate investigated investigating investigation investigational investigations
investigative investigators investing investment investments investor investors invests
invisible invisibles invitation invite invited inviting invoice invoked invoking involuntary
involve involved involvement involves involving inward iron irrational irregular irregularities
irrespective irresponsible irrevocable irrigation irritants irritated is isn isolate isolated
isolation issuance issue issued issuer issuers issues issuing it item items its itself jail
jailed jealously jeopardize jeopardized jeopardy jet jetliner jets job jobless jobs join joined
joining joins joint jointly joints jolted journalists judged judgement judgment juice jumbo jump
jumped jumping jungle junior junk jurisdiction jury just justification justified justify
justifying jute keen keep keeping keeps kept kernel key kg kidnapped kidnappers kill killed
killing kilo kilometers kilometres kilos kilowatt kind kinds kit kits km kms knew knock know
knowing knowledge known knows kwacha kyats label labeling labels labor laboratory lack lacked
lacking lacklustre lacks laden lag lagged lagging laid lamb land landed landing landlocked
landowners lands landslide landslides language languages lapse lard large largely larger largest
laser lasers lashed last lasted lasting lasts late lately later lateral latest latex latter
launch launched launches launching launder law lawmakers lawn laws lawsuit lawsuits lawyer
lawyers lax lay layers laying layoff layoffs lb lbs leach leaching lead leaded leader leaders
leadership leading leads leak leaked lean leaner leaning leap learn learned learning lease
leaseback leased leases least leather leave leaves leaving led leeway left leftist leg legal
legality legally legislate legislated legislation legislative legislators legislature legitimate
legumes leisure lemons lend lender lenders lending length lengthy lenses lent less lessen
lessening lesser lesson lessor let lets letter letters letting level levels leverage leveraged
levied levy liabilities liability liable liaison liberalisation liberalise liberalised
liberalising liberalism liberalization liberalize library licence licences license licensed
licensee licensees licenses licensing lid lie lied lies lieu lift lifted lifting liftings light
lighter lightning lights like liked likelihood likely likes likewise limit limitation
limitations limited limiting limits line lined liner linerboard lines link linkage linked
linking links lipid liquefied liquid liquidate liquidated liquidation liquidity liquids liquor
lira lire list listed listen listing listings lists litigation little live lived lively lives
livestock living ll ln load loaded loading loadings loan loaned loans lobbies lobby lobbying
lobbyist local localities locally locals locate located location locations lock locked lockout
locks locomotives lodged logging logical logo logos long longer look looked looking looks
looming loophole loopholes loose loosen loosened lose losing loss losses lost lot lots lottery
low lower lowered lowering lowers lowest lows loyal lt lubricant lubricating lucrative lull
lumber lump lunch luncheon lunchtime luxury lying machine machinery macroeconomic made magazine
magazines magnate magnetic magnitude mail mailed mailing main mainframe mainframes mainly
mainstay mainstream maintain maintained maintaining maintains maintenance maize majeure major
majority majors make maker makers makes making male malt mammoth man manage manageable managed
management manager managerial managers manages managing managment mandate mandated mandatory
maneuver manganese mania manipulate manipulation manipulative manner manoeuvre manpower
manufacture manufactured manufacturer manufacturers manufactures manufacturing many map mapping
marched margarine margin marginal marginally margins marines mark marked markedly marker market
marketable marketed marketing marketings marketplace markets marking markka marks markup martial
massive master match matched matches matching material materialise materialize materially
materials matter matters mature matured matures maturing maturities maturity maximise maximize
maximum maybe mcf me meal meals mean meaning meaningful means meant meantime meanwhile measure
measured measurement measures measuring meat meatpackers meats mechanical mechanism mechanisms
media median mediator medium meet meeting meetings meets mega megabit megabyte megabytes
megawatt megawatts melt melted member members membership membrane membranes memo memorandum
memory men mention mentioned menu merchandise merchandising merchant mere merely merge merged
merger mergers merging merit merits mess message messages messenger met metallurgical metals
metalworkers meteorologist meteorologists meter meters method methods metre metres metric mice
microchip microchips microfilm microprocessor microprocessors microscopic mid midafternoon
midday middleman midnight midsession midst midweek might mild milder miles milestone military
milk mill milled milling million millions millionth mind minds mine mined miner mineral
mineralization miners mini minicomputer minicomputers minimal minimise minimize minimizing
minimum ministerial ministers ministries minor minorities minority minted minus minute minutes
mips miracle misapplication misconduct misguided misleading misled misrepresented missed missile
missiles missing mission missions mistake mistakes misunderstanding misunderstandings misuse
misused mix mixed mixture mln mlns mm mn mobile model modelled models modems moderate moderately
moderating moderation modern modernisation modernise modernising modernization modernize modest
modestly modification modifications modified modify modifying modules moisture molded moment
momentum money monitor monitored monitoring monitors monkeys monopoly monsoon month monthly
months mood mooring mop morale moratorium more moritorium morning mortgage mortgages most mostly
motion motivate motivated motives motorcycle motorcycles motorway mounted mounting mouth move
moved movement movements moves moving mowers mph mth mths much mud mulling multi multicurrency
multilateral multinational multiple multiplexer multiplexing multiplexor multiyear
municipalities must muted mutual mutually my naira name named namely names naming naphtha narrow
narrowed narrower narrowing narrowly nation nationalisation nationalised nationality nationally
nationals nations nationwide native natural naturally nature naval near nearby neared nearer
nearest nearing nearly necessarily necessary necessitate necessity need needed needs negative
negatively neglected negligible negotiable negotiate negotiated negotiating negotiation
negotiations negotiator negotiators neighbouring neighbours neither nerves nervous nervously
nervousness net netback netbacks netted netting networked networking networks neutral never
nevertheless new newest newly news newsletter newspaper newspapers newsprint next ngls nice
niche nickel nicotine night nights nil nine nitrogen no nobody nominal nominate nominated
nomination nominee nominees non nonaccrual nonbank nonbuilding none nonetheless nonoxynol
nonperforming nonrecourse nonrecurring nonresidential nonstop noon nor normal normally northeast
northeastern northern nosedive not notable notably note noted noteholders notes nothing notice
notices notification notified noting novel now nuclear number numbers numerical numerous nurses
oasis object objected objecting objection objections objective objectives obligated obligation
obligations obligatory obliged obliging observe observers observing obstacle obstacles
obstructing obtain obtained obtaining obtains obvious obviously occasion occasions occupation
occupied occupy occupying occur occurred occurrence occurring occurs octane odd odds of off
offal offence offences offensive offer offered offering offerings offers offical officer
officers offices official officially officials offing offs offset offsets offsetting offshoot
offshore offtake often oil oilfield oilfields oilman oilpatch oils oilseed oilseeds old older
olein olive omissions omit omitted on once one ones ongoing only onshore onstream onto onwards
op open opened opening openings openly openness opens oper operate operated operates operating
operation operational operations operative operator operators operatorships ophthalmic opinion
opinions opportunities opportunity oppose opposed opposes opposing opposite opposition opt optic
optical optimal optimism optimistic option optional options or oral oranges orbit order ordered
ordering orderly orders ordinary ordination ore ores organ organisations organise organised
organisers organizations organized organs oriented origin original originally originated origins
orphan ot other others otherwise ought ounce ounces our ours ourselves oust oustanding ousted
out outbreak outcome outdoor outer outflow outflows outgoing outlay outlays outlet outlets
outline outlined outlines outlining outlook outpaced outperform output outright outset outside
outspoken outstanding outstandings outstripped outstripping outturn outward outweigh outweighed
ovarian over overall overallotment overallotments overcapacity overcharged overcharges
overcharging overcome overdue overestimated overhang overhanging overhaul overhead overheated
overlooking overly overnight overproduction override overriding overseas oversee overseeing
oversees overshoot overshooting oversight overstated oversubscribed oversupply overtime
overturned overvaluation overvalued overwhelming overwhelmingly owe owed owes owing own owned
owner owners ownership owning owns oxide oxygen oxygenator oz pace pack package packaged
packages packaging packers pact pacts padding paddy pads page pages paging paid pain painful
paint paints pair pairs palladium palm panel panels panic paper paperboard papers paperwork par
parallel paralysed parameters parasite paratroopers parcels pare parent parities parity parking
parliamentarians parliamentary part partial partially participant participants participate
participating participation participations particles particular particularly particulary parties
partisan partly partner partnership partnerships parts pass passage passed passenger passengers
passes passing passive past pasta pasture patch patent patented patents path patient patients
patrol pattern patterns pause pave pay payable payback paychecks paydown payed paying payload
payment payments payout payroll pays pc pct pdvsa peace peaceful peacetime peak peaked peaking
peaks peanut peanuts peasants peer peg pegged pellets penal penalized penalties penalty pence
pending penetration penny pension pensions people per perceive perceived percent percentage
perception perceptions perfect perfectly perform performance performances performed performers
performing performs perhaps period periodic periodically periods peripheral peripherals perjury
permanent permanently permissible permission permit permits permitted permitting perpetual
perpetuals persist persisted persistent person personal personally personnel persons perspective
persuade persuaded persuading pertaining pertains peseta pesetas peso pesos pessimistic pests
petition petitioning petrochemical petrol pfd phase phased phenol phenomenon philosophy phone
phony photographic photography phrase physical physician physicians pick picked picket picking
picks pickup picture piece pieces pig pigmeat pigs pik pile pill pills pilot pilots pinpoint
pioneered pipeline pipelines piracy pirating pit pits place placebo placed placement placements
places placing plagued plain plaintiffs plan plane planes planks planned planners plans plant
plantations planted planting plantings plants plasma plastic plastics plate plateau platform
platinum play played player players playing plays plea plead pleaded pleas please pleased pledge
pledged pledges pledging plight plotter plotting plummet plunge plunged plus plywood pneumonia
pocket pockets pod pods point pointed pointing points poised poison poisoning police policies
policy policymaker policymakers policymaking political politically politician politicians
politicking politics poll polled pollock polls pollutants pollution polyester polyethylene
polypropylene polystyrene pool pooling pools poorer poorly popular popularity population pora
port portable portfolio portfolios portion portions ports pose posed poses posing position
positioned positioning positions positive positively possession possibilities possibility
possible possiblity possibly post postal posted posting postings postpone postponed postponement
postponing posts posttax posture posturing potaba potash potato potatoes potential potentially
poultry pound pounds pour poured poverty powder powered powerful powerhouse powers practicable
practical practically practice practiced practices practises praecipuum praise praised pre
precaution preceded precedent preceding preceeding precious precipitation precipitous precise
precisely precluded precluding predators predatory predecessor predict predictable predicted
predicting prediction predictions predicts predominantly preempt prefectural prefectures prefer
preferable preference preferences preferential prefering preferred prefers prefixed pregnancy
preliminary premature premiers premium premiums preparation preparations preparatory prepare
prepared prepares preparing prepay prepayment prescription presence present presentation
presentations presented presenting presently preservation preserve preserved preserving
presidency president presidential presidents presplit press pressed pressing pressure pressured
pressures pressuring pressurized prestige presumed pretax pretty prev prevail prevailed
prevailing prevails prevent prevented preventing prevention previous previously prey price
priced prices pricing primarily primary priming principal principally principle principles print
printed printer printers printing prints prior priorities priority prison private privately
privatisation privatise privatised privatization privileged pro probability probable probably
probe probers probes probing problem problems procedural procedure procedures proceed proceeded
proceeding proceedings proceeds process processed processes processing processor procurement
prod produce produced producer producers produces producing product production productive
productivity products professional professionals professor profile profit profitability
profitable profitably profits program programmable programme programmes programming programs
progress progresses progressing progressively prohibit prohibited prohibiting prohibits project
projected projecting projection projections projects prolong prolonged prominent promise
promised promises promising promissory promote promoted promoting promotion promotional prompt
prompted prompting promptly pronounced proof prop propaganda propane proper properites properly
properties property proponents proportion proportionate proportions proposal proposals propose
proposed proposes proposing proprietary proration prosecute prosecuted prosecution prosecutor
prosecutors prospect prospecting prospective prospects prospectus prosper protect protected
protecting protection protectionism protectionist protections protective protects protein
proteins protest protested protesting protests protocol protocols prototype protracted prove
proved proven provide provided provider providers provides providing province provinces
provincial provincially proving provision provisional provisionally provisioning provisions
provocative provoke provoked proxies proxy prudence prudent pseudorabies psychological
psychologically psychology public publication publicity publicized publicly publish published
publisher publishes publishing pull pullback pulled pulp pulping pump pumping pumps punch punish
punished punitive punt punts purchase purchased purchaser purchasers purchases purchasing pure
purely purpose purposes purse pursuant pursue pursued pursuing push pushed pushing put puts
putting qtr qtrs quake quakes qualification qualified qualifies qualify qualifying qualities
quality quantify quantities quantity quarter quarterly quarters quasi quell queried queries
query question questionable questioned questioning questionnaires questions quick quicker
quickly quiet quietly quintales quit quite quo quorum quota quotas quotations quote quoted
quotes quoting racial radar radiation radical radically radio radioactive radios raid raided
raider raiders raids rail railroad railroads railways rain rainfall rains rainy raise raised
raises raising rallied rallies rally rampant ran rand random range ranged ranges ranging ranked
ranking ranks ransom rape rapeseed rapid rapidly rare rash rata rate rated rates rather
ratification ratified ratify rating ratings ratio rational rationale rationalisation rationing
ratios raw raws rbd re reach reached reaches reaching react reacted reacting reaction reactions
reactor reactors readily readiness reading readjustment ready reaffirm reaffirmed reaffirming
real realigned realignment realignments realisation realise realised realistic realistically
realities reality realize realized realizing reallocated really reappointment reason reasonable
reasonably reasons reassess rebate rebates rebel rebellion rebels rebound rebounded rebuffed
rebuild rebuilding recalcitrant recall recalling recapitalization recapitalize recapture recede
receipt receipts receivable receivables receive received receiver receivers receivership
receives receiving recent recently reception receptivity recession recieved recipient recipients
reciprocal reciprocity reclaim reclamation reclassification reclassify recognise recognised
recognises recognition recognize recognized recognizes recollection recombinant recommend
recommendation recommendations recommended recommending recommends reconsider reconsideration
reconstruct reconstruction reconvene reconvened record recorded recorder recorders recording
records recoup recourse recover recoverable recovered recoveries recovering recovers recovery
recreation rectify recur recurrence recurrent recurring recycle recycled recycling redeem
redeemable redeemed redeeming redemption redemptions redeposit redirect redirecting rediscount
redress reduce reduced reduces reducing reduction reductions redundancies redundancy redundant
reelected refer reference referendum referred referring refers refile refinance refinanced
refinancing refined refiner refineries refiners refinery reflation reflationary reflect
reflected reflecting reflection reflects refloat reform reformed reforming reforms refrain
refrigeration refund refundable refunding refunds refurbishing refusal refuse refused refuses
refusing reg regain regained regaining regard regarded regarding regardless regards regime
regimes region regional regionals regions register registered registering registration
registrations regret regrettable regretted regular regularly regulate regulated regulates
regulating regulation regulations regulator regulators regulatory rehabilitate rehabilitation
rehearing reimburse reimbursement rein reincorporate reincorporation reinforce reinforced
reinforcing reinstate reinstating reinsurance reintegro reintroduce reintroduced reintroducing
reintroduction reinvested reinvestment reiterated reject rejected rejecting rejection rejects
relate related relates relating relation relations relationship relationships relative
relatively relatives relax relaxation relaxed relaxing relay release released releases releasing
releated relevant reliable reliance relied relief reliefs relieve relieved relieving
relinquished relocate relocated relocation reluctance reluctant reluctantly rely relying remain
remainder remained remaining remains remark remarkable remarked remarks remedial remedies
remember reminder remisiers remit remittances remodeled remodeling remote removal remove removed
removes removing rename renamed render rendered rendering renders reneged reneging renegotiate
renegotiated renegotiating renegotiation renegotiations renew renewal renewed renminbi
renounceable renovating renovation rental rents reoffering reopen reopened reopening
reorganisation reorganise reorganization reorganize reorganizing repackaged repackaging repaid
repair repaired repairing repairs repatriation repay repayable repaying repayment repayments
repeal repeat repeated repeatedly repelled repercussions replace replaced replacement
replacements replaces replacing replanting replenish replenishment replied reply replying report
reported reportedly reporter reporters reporting reports represent representation
representations representatives represented representing represents reproduction repurchase
repurchased repurchases reputation request requested requesting requests require required
requirement requirements requires requiring resale reschedule rescheduled rescheduling
reschedulings rescind rescinded rescission rescue rescued rescuing researcher researchers
researching reseeded resell reseller resemble resembling resentment reservation reservations
reserved reserves reservoir reset reshuffle residence resident residential residents residual
resign resignation resignations resigned resigning resin resins resist resistance resistant
resisted resisting resold resolution resolutions resolve resolved resolving resonance resort
respect respectable respected respective respectively respects respond responded respondents
responding response responses responsibilities responsibility responsible responsive rest
restart restate restated restatement restaurants restitution restore restored restoring restrain
restrained restraining restraint restraints restrict restricted restricting restriction
restrictions restrictive restricts restructure restructured restructuring rests resubmit result
resulted resulting results resume resumed resumes resuming resumption resurgence resurrect
resurrected retail retailer retailers retailing retain retained retaining retains retaliate
retaliation retaliatory retention reticent retire retired retirees retirement retires retiring
retractable retraction retraining retreat retreated retroactive retroactively return returned
returning returns revaluation revalue revalued revaluing reveal revealed revealing revenue
revenues reversal reverse reversed reversing review reviewed reviewing reviews revise revised
revision revisions revival revive revived revoke revolt revolving revs reward rhetoric ribavirin
rice rich rid ridden ride ridiculous rig right rights rigid rigorous rigs ring ringgit rings
riots ripe rise risen rises rising risk riskier risks risky rival rivals rivers riyal riyals
road roads roasters robots robust robusta rocket rocks rod role roles roll rollback rolled
rolling rollover roof room rooms root rose rot rotary roubles rough roughly round rounded
rounding rounds roundtrip roundtrips route routed routes routine routinely routing royalties
royalty rugged ruin rule ruled rules ruling rumor rumored rumors rumours run runaway runner
running runs runway rupees rupiah ruptured rural rush rushed rushing sabotage sacked sacrifices
sacrificing saddled safe safeguard safeguards safely safer safety sagging said sail sailed
sailing sailings sake salaried salaries salary sale saleable sales salmon salmonella salvage
same sample samples sampling sanctioned sanctions sands sank sat satellite satellites
satisfaction satisfactorily satisfactory satisfied satisfy satisfying sausage save saved saving
saw sawmill say saying says scale scaled scales scandal scandals scanner scant scarce scarcely
scarcity scare scathing scattered scenario scene sceptical scepticism schedule scheduled
schedules scheme schemes schilling schillings schools scientists scope score scored scramble
scrambling scrap scrapped screen screens scrubbers scrutiny sdr seamen seamless search searching
seas season seasonal seasonally seat seats second secondary seconds secrecy secret secretariat
secretaries secretly section sections sector sectoral sectors secure secured securing
securitisation sedan see seeding seeing seek seeking seeks seem seemed seems seen sees segment
segments segregation seismic seismologist seize seized seizure sela select selected selecting
selection selective self sell seller sellers selling selloff sells semi semiconductor
semiconductors seminar semolina senators send sending senior seniority sense sensible sensitive
sensitivity sent sentence sentenced sentencing sentiment separate separated separately
separating separation seperate sequestered sequestration serial series serious seriously serum
serve served serves services servicing serving session sessions set setback setbacks sets
setting settle settled settlement settlements settling seven seventh several severance severe
severed severely sewerage sex sexual sexually shadow shake shaken shaking shall shallow shape
shards share shared shareholder shareholders shareholding shareholdings shares sharesd sharing
sharp sharpest sharply shars she shed sheep sheer sheet sheets shelf shelter shelters shelve
shelved shied shift shifted shifting shifts shilling shillings ship shipbuilder shipbuilding
shipment shipments shipowners shipped shippers shipping ships shipsets shipyard shock shocked
shocks shoe shoes shoot shooting shop shops shores short shortage shortages shorten shortening
shorter shortfall shortfalls shortly shot should shouldn show showdown showed showers showing
shown showroom shows shr shrank shrewd shrink shrinkage shrinking shrs shrugged shut shutdown
shutdowns shutting shuttle shy sick sickle sickness side sidelined sidelines sides sidetracked
sideways sight sights sign signal signaled signalled signalling signals signature signed
significance significant significantly signing signs signup signups silence silent silver
similar similarly similiar simple simpler simplified simplify simply simulator simultaneous
simultaneously since single singled sink sinking sister sit site sites sitting situation
situations six sixth sizable size sizeable sized skeptical ski skills skin slack slackening
slash slashed slashing slate slated slaughter slid slide slides sliding slight slightly slim
slip slipped slipping slips slot slow slowdown slowed slower slowing slowly slowness sluggish
slump slumped slumping small smaller smallest smallpox smelter smelters smelting smoke
smokestack smoking smooth smoothed smoothly snap snow snowcover snowfall snowfalls snowpack
snows snowstorms so soak soar soared soaring societies soft soften softening softer software
softwood soil sold soldiers sole solely soley solicit solicited soliciting solid soluble
solution solutions solve solved solvent solvents solving some somebody someone something
sometime sometimes somewhat somewhere son soon sooner sophisticated sorghum sorry sort sought
sound sounded soundly source sources sovereign sovereignty sow sowing sowings sown soybean
soybeans soymeal soyoil space span spare spares spark sparked spawned speak speaking special
specialised specialises specialising specialist specialists speciality specialized specializes
specializing specially specialty specific specifically specifications specifics specified
specify specifying specter speculate speculated speculation speculative speculators speech speed
speeding speedy spell spelled spend spending spends spent spermicide spheres spill spin spinning
spinoff spiral spirit spirits spite split splits spoke spoken spokesman spokesmen spokesperson
spokeswoman sponsor sponsored sponsors spontaneous sporadic sport sports sportswear spot spots
spotted spread spreading spreads spreadsheet spring spun spur spurred spurring spurt spy square
squeeze squeezed squeezing stabilisation stabilise stabilised stabilises stabilising stability
stabilize stabilized stabilizing stable stadium staff staffs stage staged stages staggered
staging stagnant stagnating stagnation stainless stake stakes stalemate stall stalled stamp
stamping stance stand standards standby standing standpoint stands standstill staple starch
start started starter starting starts startup state stated statement statements static stating
station stations statistician status statutory staunch stay stayed staying stays steadied
steadily steadiness steady steam steel steelmakers steels steep steeper steeply steer steering
steers stem stemmed stemming stems step stepped stepping steps sterling stg stick sticking stiff
stiffer stifle stifled still stimulate stimulated stimulating stimulation stimulative stimulus
stipulated stipulates stipulation stirred stock stockbroker stockbrokers stockbroking stocked
stockholder stockholders stockmarket stockmarkets stockpile stockpiles stocks stones stood stop
stopover stoppage stoppages stopped stopping storage store stored stores storing storm story
straight strain strained straining strains stranded strapped strategic strategies strategist
strategy stream streamline streamlined streamlining streets strength strengthen strengthened
strengthening strengths strenuous stress stressed stresses stressing stretch stretched stretches
stretching stricken strict stricter strictly strife strike strikers strikes striking string
stringent strip stripped stripper stripping strive strong stronger strongest stronghold strongly
struck structural structure structured structures struggle struggled struggling stubbornly stuck
students studied studies study studying stumbling stunned style styrene sub subcommittee
subcontract subcontracting subcontractors subdued subject submarine submarines submersible
submission submissions submit submitted submitting subordinate subordinated subpoena subpoenaed
subpoenas subscribe subscribed subscriber subscribers subscription subscriptions subsequent
subsequently subsidiaries subsidiary subsidies subsidise subsidised subsidises subsidising
subsidization subsidize subsidized subsidizing subsidy subsistence substance substances
substantial substantially substantiate substantive substitute substitutes substituting
substitution subsystems suburb suburban succeed succeeded succeeding succeeds success successes
successful successfully successive successor successors such sucralose sucres sudden suddenly
sue sued suffer suffered sufferers suffering sufficiency sufficient sufficiently sugar sugarcane
suggest suggested suggesting suggestion suggestions suggests suicide suit suitable suite suitor
suitors suits sulfide sulphate sulphur sum summary summer summit sums sunflower sunflowerseed
sunk supercharger supercomputer supercomputers superconducting superconductors supermarket
superpower supertanker supervised supervision supervisors supervisory supplement supplemental
supplementary supplied supplier suppliers supplies supply supplying support supported supporters
supporting supportive supports suppose supposed suppression surcharge sure surely surface
surfaced surge surged surgery surgical surpass surpassed surpassing surplus surpluses surprise
surprised surprises surprising surprisingly surrendered surrounding surroundings surrounds
surtax surveillance survey surveyed surveys survival survive surviving susceptible suspect
suspected suspend suspended suspending suspension suspicion suspicions sustain sustainable
sustained sustaining swallow swap swapped swapping swaps sweeping sweeten sweetened sweetener
sweeteners swelled swept swift swiftly swindle swing swingline swings swirl switch switched
switches switching swung symbol symbolic sympathetic sympathy symposium syndicate syndicated
syndicates syndicating syndication syndications synthetic syrup system table tabled tables
tablets tabloid tacit tackle tackling tactical tactics tag tailings tainted take taken takeover
takeovers takers takes taking talk talked talking talks tallow tally tangerines tangible tank
tanker tankers tankoku tanks tap tape tapes tapioca tapped tapping target targeted targeting
targets targetted tariff task tastes taught tax taxable taxation taxed taxes taxi taxing
taxpayer taxpayers taxwriter taxwriters tea teacher teachers teaching team teamed teams tear
technical technically technique techniques technological technology teeth telemarketing
telephoned telephones televised television televisions telex telexes tell telling temperature
temperatures tempers temporao temporarily temporary temptation ten tenant tend tended tendency
tender tendered tendering tenders tens tension tensions tentative tentatively tenth tenure term
termed terminal terminals terminate terminated termination terms territorial territory terrorism
tertiary test tested testified testify testifying testimony testing tests text textile textiles
th thallium than thanks that thaw the theater theft their them theme themselves then theoretical
theoretically theory therapy there thereafter thereby therefore these they thick thin thing
things think thinking thinks third thirds this thorough thoroughly those though thought thousand
thousands threat threaten threatened threatening threatens threats three threshold threw thrift
thrifts through throughout throughput throw throwing thrown thrust thus thwart ticker tickets
tidal tide tie tied tier tiered ties tight tighten tightened tightening tighter tightly
tightness till tillage timber time timed timely times timetable timing tin tiny tip tired tires
tissue titanium title titles to tobacco today together token told tolerate toll tolls tomorrow
ton tone toned tonight tonnage tonnages tonne tonnes tons too took tooling tools top topic
topics topped toppled tops torn total totaled totaling totalled totalling totally totals touch
touched touches tough toughen tougher toughest tour touring tourism tourist tourists toward
towards town towns toxic toy toys trace track tracked tracking tracks tract tractors tradable
trade tradeable traded trademark trademarks trader traders trades trading traditional
traditionally traffic trailing trails train trained trainer training trains tranche tranches
transacted transaction transactions transatlantic transfer transferable transfered transferred
transferring transfers transform transformation transformed transfusion transfusions transit
transition translate translated translates transmission transmit transmitted transparency
transponder transponders transports trapped travel traveling travelled travelling treasurer
treat treated treaties treating treatment treatments treaty tree trees tremendous tremor tremors
trend trends trial trials trickle tried tries trigger triggered triggering trillion trim trimmed
trimming trip triple tripled tron troop troops tropical trouble troubled troubles trough troy
truck trucking truckload trucks true truer truly trunk trustee trustees trusts truth try trying
tube tubes tubing tumble tumbled tumbling tune tuned tung tunnel turbine turbines turbulence
turmoil turn turnabout turnaround turned turning turnover turns tv twenty twice twin two tying
type types typical typically ultimate ultimately umbrella unable unacceptable unacceptably
unaccounted unadjusted unaffected unaffiliated unalloyed unanimous unanimously unaudited
unauthorized unavailable unavoidable unaware uncertain uncertainties uncertainty unchanged
unclear uncommitted uncompetitive unconditional uncovered und undecided undeclared under
undercut undergo undergoing undergone underground underlined underlines underlying undermine
undermined undermining underperforming underpin underpinned underscore underscored underscores
understand understanding understandings understands understated understood undertake undertaken
undertakes undertaking undertakings undertook undervalued underway underwrite underwriter
underwriters underwrites underwriting underwritten undesirable undetermined undeveloped
undisclosed undoubtedly undue uneconomic uneconomical unemployed unemployment unexpected
unexpectedly unfair unfairly unfavorable unfavourable unfortunate unfounded unfunded unhappy
unidentified unified uniform unilateral unilaterally uninsured unionists unions unique unissued
unit unitary unitholders units universities unjustified unknown unlawfully unless unlike
unlikely unlimited unloading unmanned unnamed unnecessarily unnecessary unofficial unpaid
unpleasant unprecedented unpredictable unproductive unprofitable unpublished unqualified
unquoted unrealised unrealistic unrealized unreasonable unregulated unrelated unresolved unrest
unrestricted unrevised unsafe unsatisfactory unsecured unsettle unsettled unsold unsolicited
unsound unspecified unstable unsubordinated unsuccessful unsuccessfully unsure untapped untied
until untrue unusual unusually unveiled unwanted unwarranted unwelcome unwilling unwillingness
unwinding up upcoming update updated updating upgrade upgraded upgrades upgrading upheaval
upheld uphill uphold upholding upland upon upped upper uproar uprooted ups upset upside upstate
upstream upsurge upturn upward upwardly upwards uranium urban urge urged urgency urgent urgently
urges urging us usage use used useful usefulness user users uses using usual usually utilisation
utilised utility utilization vacancies vacancy vacant vacated vaccine vaccines vain valid
validly valuable valuation valuations value valued values valuing valve valves variable
variation variations varied varieties variety various vary varying vast vastly ve veer vegetable
vegetables vehicle vehicles vein vending vendor vendors venture ventures verdict verdicts verge
verification verified version versions versus vertical very vessel vessels veteran veterinarians
veterinary veto vetoed via viability viable vice vicious victim victims victories victory view
viewed viewers views vigorous vigorously village villages violate violated violates violating
violation violations violence violent viral virtual virtually virus viruses visible vision visit
visited visiting visitors visits vital voice voiced void volatile volatility volcano volume
volumes voluntarily voluntary von vote voted voter voters votes voting vowed vs vtrs
vulnerability vulnerable wage wages wagons wait waited waiting waive waived waiver waivers wake
walk walked walkout walls wane waning want wanted wanting wants war warehouse warehouses
warehousing warfare warhead warm warmer warn warned warning warnings warplanes warrant warranted
warranties warrants warranty wars warship warships wary was wasn wastes wastewater watch
watchdog watched watchers watches watching water waters waterway wave waves way ways we weak
weaken weakened weakening weakens weaker weakest weakness wealth wealthy weapon weapons weather
week weekend weekends weekly weeks weigh weighed weighing weight weighted weighting weightings
weights welcome welcomed welcoming welfare well wellhead wells went were wet what whatever
whatsoever wheat wheel wheels when whenever where whereabouts whereas whereby whether which
whichever while whisky whites who whole wholesale wholesalers wholly whom whose why wide widely
widen widened widening wider widespread width wife wil wilderness will willful willing willingly
willingness win wind windfall winding window winds wine winery wines wing winner winners winning
winter wintering winterkill wipe wiped wiring wisdom wise wish wished wishes wishing witching
with withdraw withdrawal withdrawals withdrawing withdrawn withdrew withheld withholding within
without withstand witness witnesses wll women won wonder wondered wool word words work worked
worker workers workforce workforces working works workstation workstations worldwide worried
worries worrisome worry worrying worse worsen worsened worsening worst worth worthwhile would
wouldn wound wounded wounds woven wrangling wrapped wrinkle write writedown writedowns writeoff
writeoffs writing written wrong wrongdoing wrote yard yards yarn year yearend yearly years yen
yes yesterday yet yield yielded yielding yields you your yr yuan zero zinc zone zones
"""

WORDS: frozenset[str] = frozenset(_TEXT.split())
