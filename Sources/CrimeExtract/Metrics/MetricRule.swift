/// Which metric a counted figure states, from its counter, its verb and its topic: a table, first match wins.
///
/// Examples: "xảy ra 2.156 vụ" → crimes_social_order (the default crime count of these reports);
/// "khám phá 1.681 vụ" → cases_cleared; "khởi tố 376 vụ … về ma túy" → drug_cases_prosecuted;
/// "bắt giữ 206 vụ" (cases are arrested only in drug work) → drug_cases; "thanh loại 69 đối tượng" →
/// fugitives_arrested; "857 tập thể" → commendations_collective. `nil` metric: not a statistic we record
/// (offenders of very serious cases, people of unknown role).
struct MetricRule: Sendable {
    enum TopicMatch: Sendable {
        case any, none, general, some([Topic])

        func matches(_ topic: Topic?) -> Bool {
            switch self {
            case .any: return true
            case .none: return topic == nil
            case .general: return topic == nil || topic?.isGeneral == true
            case .some(let list): return topic.map { list.contains($0) } ?? false
            }
        }
    }

    let counters: [Counter]
    let actions: [Action]?
    let topic: TopicMatch
    /// The metric id; "deaths"/"injuries" are resolved to traffic or crime casualties by context.
    let metric: String?

    init(_ counters: [Counter], _ actions: [Action]? = nil, _ topic: TopicMatch = .any, _ metric: String?) {
        self.counters = counters
        self.actions = actions
        self.topic = topic
        self.metric = metric
    }

    static let people: [Counter] = [.persons, .people]
    static let cases: [Counter] = [.cases, .instances]

    static let table: [MetricRule] = [
        MetricRule([.deaths], nil, .any, "deaths"),
        MetricRule([.injuries], nil, .any, "injuries"),
        MetricRule([.collectives], nil, .any, "commendations_collective"),
        MetricRule([.individuals], nil, .any, "commendations_individual"),
        MetricRule([.collectivesAndIndividuals], nil, .any, "commendations_total"),
        MetricRule([.gangs], nil, .any, "gangs_dismantled"),
        MetricRule([.clearedCases], nil, .any, "cases_cleared"),
        MetricRule([.acceptedCases], nil, .any, "cases_accepted"),
        MetricRule([.reports], [.receive], .any, "crime_reports_received"),
        MetricRule([.reports], [.resolve, .clear], .any, "crime_reports_resolved"),
        MetricRule([.reports], nil, .any, "crime_reports_received"),
        // Single crime types are not recorded ("57 vụ, 312 đối tượng đánh bạc").
        MetricRule([.defendants, .persons, .people, .cases, .instances], nil, .some([.gambling]), nil),
        MetricRule([.defendants], nil, .some([.drugs]), "drug_defendants"),
        MetricRule([.defendants], nil, .some([.corruption]), "corruption_defendants"),
        MetricRule([.defendants], nil, .some([.economic]), "economic_defendants"),
        MetricRule([.defendants], nil, .some([.socialOrder]), "social_order_defendants"),
        MetricRule([.defendants], nil, .any, "defendants"),
        // People.
        MetricRule(people, nil, .some([.dangerousFugitives]), "fugitives_dangerous_arrested"),
        MetricRule(people, nil, .some([.fugitives]), "fugitives_arrested"),
        MetricRule(people, [.eliminate], .any, "fugitives_arrested"),
        MetricRule(people, [.kill], .any, "deaths"),
        MetricRule(people, [.injure], .any, "injuries"),
        MetricRule(people, nil, .some([.drugs]), "drug_offenders"),
        MetricRule(people, nil, .some([.economic]), "economic_offenders"),
        MetricRule(people, nil, .some([.corruption]), "corruption_offenders"),
        MetricRule(people, nil, .some([.serious, .verySerious, .specialSerious, .traffic, .environment,
                                       .crimeReports, .commendation, .murder]), nil),
        MetricRule(people, [.prosecute], .any, "defendants"),
        MetricRule([.persons], nil, .any, "offenders"),
        MetricRule([.people], [.arrest, .clear, .occur, .dismantle], .any, "offenders"),
        MetricRule([.people], nil, .some([.socialOrder, .criminal, .violations]), "offenders"),
        // Cases.
        MetricRule(cases, [.prosecute], .some([.drugs]), "drug_cases_prosecuted"),
        MetricRule(cases, [.prosecute], .some([.corruption]), "corruption_cases_prosecuted"),
        MetricRule(cases, [.prosecute], .some([.economic]), "economic_cases_prosecuted"),
        MetricRule(cases, [.prosecute], .some([.socialOrder]), "social_order_cases_prosecuted"),
        MetricRule([.cases], [.prosecute], .any, "cases_prosecuted"),
        MetricRule([.cases], [.accept], .any, "cases_accepted"),
        MetricRule([.cases], [.clear], .some([.serious, .verySerious]), "serious_cases_cleared"),
        MetricRule([.cases], [.clear], .some([.specialSerious]), "special_serious_cases_cleared"),
        MetricRule(cases, nil, .some([.drugs]), "drug_cases"),
        MetricRule(cases, nil, .some([.economic]), "economic_cases"),
        MetricRule(cases, nil, .some([.corruption]), "corruption_cases"),
        MetricRule(cases, nil, .some([.environment]), "environment_cases"),
        MetricRule(cases, nil, .some([.traffic]), "traffic_accidents"),
        MetricRule([.cases], [.clear], .any, "cases_cleared"),
        MetricRule([.cases], [.arrest, .dismantle], .none, "drug_cases"),
        MetricRule([.cases], nil, .some([.serious, .verySerious]), "serious_cases"),
        MetricRule([.cases], nil, .some([.specialSerious]), "special_serious_cases"),
        MetricRule([.cases], nil, .some([.violations]), "violations_social_order"),
        MetricRule([.cases], nil, .some([.socialOrder]), "crimes_social_order"),
        MetricRule([.cases], nil, .some([.criminal]), "crimes_recorded"),
        MetricRule([.cases], nil, .none, "crimes_social_order"),
    ]

    /// The metric for a counter, verb and topic; nil when no rule applies or the rule says "not recorded".
    static func metric(counter: Counter, action: Action?, topic: Topic?) -> String? {
        lookup[index(counter, action, topic)]
    }

    @inline(__always)
    static func index(_ counter: Counter, _ action: Action?, _ topic: Topic?) -> Int {
        let a = action.map { $0.ordinal + 1 } ?? 0
        let t = topic.map { $0.ordinal + 1 } ?? 0
        return (counter.ordinal * (Action.allCases.count + 1) + a) * (Topic.allCases.count + 1) + t
    }

    /// ``table`` evaluated once for every counter × verb × topic.
    static let lookup: [String?] = {
        var out = [String?](repeating: nil,
                            count: Counter.allCases.count * (Action.allCases.count + 1) * (Topic.allCases.count + 1))
        for counter in Counter.allCases {
            for action in [nil] + Action.allCases.map(Optional.some) {
                for topic in [nil] + Topic.allCases.map(Optional.some) {
                    out[index(counter, action, topic)] = evaluate(counter: counter, action: action, topic: topic)
                }
            }
        }
        return out
    }()

    static func evaluate(counter: Counter, action: Action?, topic: Topic?) -> String? {
        for rule in table where rule.counters.contains(counter) && rule.topic.matches(topic) {
            if let actions = rule.actions {
                guard let action, actions.contains(action) else { continue }
            }
            return rule.metric
        }
        return nil
    }

    /// The count a clearance figure is a share of: the base of "làm rõ 48/58 vụ".
    static func base(ofCleared metric: String, topic: Topic?) -> String? {
        switch metric {
        case "cases_cleared":
            switch topic {
            case .criminal?: return "crimes_recorded"
            case .violations?: return "violations_social_order"
            default: return "crimes_social_order"
            }
        case "serious_cases_cleared": return "serious_cases"
        case "special_serious_cases_cleared": return "special_serious_cases"
        case "crime_reports_resolved": return "crime_reports_received"
        default: return nil
        }
    }

    /// The rate a cleared count is the numerator of ("khám phá 1.681 vụ, đạt 88,7%").
    static func rate(ofCleared metric: String) -> String? {
        switch metric {
        case "cases_cleared": return "clearance_rate"
        case "serious_cases_cleared": return "serious_clearance_rate"
        case "special_serious_cases_cleared": return "special_serious_clearance_rate"
        case "crime_reports_resolved": return "reports_resolution_rate"
        default: return nil
        }
    }

    /// The rate a topic's clearance is stated as ("án rất nghiêm trọng … đạt 98,6%").
    static func rate(ofTopic topic: Topic?) -> String? {
        switch topic {
        case nil, .socialOrder?, .criminal?, .violations?: return "clearance_rate"
        case .serious?: return "serious_clearance_rate"
        case .verySerious?: return "very_serious_clearance_rate"
        case .specialSerious?: return "special_serious_clearance_rate"
        case .murder?: return "murder_clearance_rate"
        case .crimeReports?: return "reports_resolution_rate"
        default: return nil
        }
    }

    /// The stem of a change metric: the crime counts all change as `crime_…`, a rate in points.
    static func changeStem(of metric: String) -> String {
        switch metric {
        case "crimes_recorded", "crimes_social_order", "violations_social_order", "violations_total": return "crime"
        default: return metric
        }
    }
}
