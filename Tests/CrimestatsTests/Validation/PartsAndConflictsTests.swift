import CrimeAnalytics
@testable import crimestats
import CrimeData
import Testing

extension ValidationTests {
    @Suite("Parts vs totals")
    struct PartsVsTotalsTests {
        let gazetteer = Gazetteer(provinces: [], memberships: [
            ClusterMembership(cluster: 2, year: 2020, unit: "Hà Giang", source: "test"),
            ClusterMembership(cluster: 2, year: 2020, unit: "Tuyên Quang", source: "test"),
        ], mergers: [])

        func cluster(_ a: String, _ b: String, sourceB: String = "report-a") -> [ValidationFinding] {
            Figures.validate([
                Figures.figure("crimes_social_order", "2156"),
                Figures.figure("crimes_social_order", a, unit: Figures.haGiang),
                Figures.figure("crimes_social_order", b, unit: UnitRef(type: .province, name: "Tuyên Quang"), source: sourceB),
            ], gazetteer: gazetteer)
        }

        @Test("a cluster equal to the sum of its members")
        func clusterConsistent() throws {
            let f = try #require(Figures.only(cluster("1000", "1156"), .clusterVsMembers).first)
            #expect(f.severity == .info)
            #expect(f.computed == 2156)
            #expect(english(f.message) == "Cụm thi đua số 2, 2020: the 2 member units stated for 2020 in Datasets/clusters.csv sum to 2,156 social-order crimes; the cluster figure is 2,156, the same.")
            #expect(f.figures.count == 3)
        }

        @Test("a cluster that differs from its members: error in one source, warning across sources")
        func clusterInconsistent() throws {
            let same = try #require(Figures.only(cluster("1000", "1100"), .clusterVsMembers).first)
            #expect(same.severity == .error)
            #expect(english(same.message) == "Cụm thi đua số 2, 2020: the 2 member units stated for 2020 in Datasets/clusters.csv sum to 2,100 social-order crimes; the cluster figure is 2,156 (a difference of 56).")
            let mixed = try #require(Figures.only(cluster("1000", "1100", sourceB: "report-b"), .clusterVsMembers).first)
            #expect(mixed.severity == .warning)
        }

        @Test("no check when a member's figure or the membership is missing")
        func clusterNotChecked() {
            let missing = Figures.validate([Figures.figure("crimes_social_order", "2156"),
                                            Figures.figure("crimes_social_order", "1000", unit: Figures.haGiang)], gazetteer: gazetteer)
            #expect(Figures.only(missing, .clusterVsMembers).isEmpty)
            let otherYear = Figures.validate([Figures.figure("crimes_social_order", "2156", period: Figures.year(2021)),
                                              Figures.figure("crimes_social_order", "1000", unit: Figures.haGiang, period: Figures.year(2021))],
                                             gazetteer: gazetteer)
            #expect(Figures.only(otherYear, .clusterVsMembers).isEmpty)
        }

        @Test("parts within totals, impossible parts, more cleared than recorded, and a part of zero")
        func parts() throws {
            let ok = Figures.only(Figures.validate([Figures.figure("serious_cases", "345"), Figures.figure("crimes_recorded", "2156")]), .partVsTotal)
            #expect(ok.map(\.severity) == [.info])
            #expect(english(ok.first?.message) == "Cụm thi đua số 2, 2020: 345 very serious and especially serious cases within 2,156 crimes recorded, as expected.")
            let impossible = Figures.only(Figures.validate([Figures.figure("serious_cases", "345"), Figures.figure("crimes_recorded", "300")]), .partVsTotal)
            #expect(impossible.map(\.severity) == [.error])
            let cleared = Figures.only(Figures.validate([Figures.figure("cases_cleared", "45"), Figures.figure("crimes_recorded", "33")]), .partVsTotal)
            #expect(cleared.map(\.severity) == [.warning])
            #expect(english(cleared.first?.message) == "Cụm thi đua số 2, 2020: 45 cases cleared exceed the 33 crimes recorded: possible but unusual, because clearances can include cases from earlier years.")
            let zero = try #require(Figures.only(Figures.validate([Figures.figure("serious_cases", "0"), Figures.figure("crimes_recorded", "33")]), .partVsTotal).first)
            #expect(!zero.couldFail)
        }

        @Test("rates above 100% are a warning; 100% and “gần 100%” are not")
        func above100() {
            #expect(Figures.only(Figures.validate([Figures.figure("clearance_rate", "104.5")]), .rateAbove100).map(\.severity) == [.warning])
            #expect(Figures.only(Figures.validate([Figures.figure("clearance_rate", "100")]), .rateAbove100).isEmpty)
            #expect(Figures.only(Figures.validate([Figures.figure("clearance_rate", "100", qualifier: .nearly)]), .rateAbove100).isEmpty)
            #expect(Figures.only(Figures.validate([Figures.figure("clearance_rate", "100", qualifier: .over)]), .rateAbove100).count == 1)
        }

        @Test("negative counts built in code are an error; negative changes are not")
        func negative() throws {
            let f = try #require(Figures.only(Figures.validate([Figures.figure("crimes_recorded", "-5")]), .negativeCount).first)
            #expect(f.severity == .error)
            #expect(english(f.message) == "Cụm thi đua số 2, 2020: crimes recorded is stated as -5, below zero: impossible for a count.")
            #expect(Figures.only(Figures.validate([Figures.figure("crime_change_pct", "-5")]), .negativeCount).isEmpty)
        }
    }
}

extension ValidationTests {
    @Suite("Conflicting sources")
    struct ConflictingSourcesTests {
        @Test("two sources, two values: a warning naming both")
        func conflict() throws {
            let f = try #require(Figures.only(Figures.validate([
                Figures.figure("crimes_recorded", "400", source: "report-a"),
                Figures.figure("crimes_recorded", "410", source: "report-b")]), .conflictingSources).first)
            #expect(f.severity == .warning)
            #expect(english(f.message) == "Cụm thi đua số 2, 2020: crimes recorded is stated differently: 400 by report-a; 410 by report-b.")
            #expect(f.figures.map(\.source) == ["report-a", "report-b"])
        }

        @Test("agreeing statements are no conflict: 90 and 90.0, “trên 92%” and 92.5%")
        func agreeing() {
            #expect(Figures.only(Figures.validate([
                Figures.figure("clearance_rate", "90", source: "report-a"),
                Figures.figure("clearance_rate", "90.0", source: "report-b")]), .conflictingSources).isEmpty)
            #expect(Figures.only(Figures.validate([
                Figures.figure("clearance_rate", "92", qualifier: .over, source: "report-a"),
                Figures.figure("clearance_rate", "92.5", source: "report-b")]), .conflictingSources).isEmpty)
            #expect(Figures.only(Figures.validate([
                Figures.figure("clearance_rate", "92", qualifier: .over, source: "report-a"),
                Figures.figure("clearance_rate", "91.5", source: "report-b")]), .conflictingSources).count == 1)
        }
    }
}
