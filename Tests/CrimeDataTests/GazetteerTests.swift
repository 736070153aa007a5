import Foundation
import Testing
@testable import CrimeData

@Suite("Gazetteer name resolution")
struct GazetteerTests {
    let gazetteer: Gazetteer

    init() throws { gazetteer = try Gazetteer.bundled() }

    @Test("63 provincial units: 58 provinces and 5 cities")
    func counts() {
        #expect(gazetteer.provinces.count == 63)
        #expect(gazetteer.provinces.filter { $0.kind == .province }.count == 58)
        #expect(gazetteer.provinces.filter { $0.kind == .city }.map(\.name).sorted()
                == ["Cần Thơ", "Hà Nội", "Hải Phòng", "Hồ Chí Minh", "Đà Nẵng"].sorted())
    }

    @Test("names resolve to the canonical unit", arguments: [
        ("tp.hcm", "Hồ Chí Minh", UnitType.city),
        ("TP.HCM", "Hồ Chí Minh", .city),
        ("Tp Hồ Chí Minh", "Hồ Chí Minh", .city),
        ("Ha Giang", "Hà Giang", .province),
        ("HA GIANG", "Hà Giang", .province),
        ("CATP Hà Nội", "Hà Nội", .city),
        ("Công an tỉnh Lào Cai", "Lào Cai", .province),
        ("tỉnh Thừa Thiên - Huế", "Thừa Thiên Huế", .province),
    ])
    func resolves(input: String, expected: String, type: UnitType) throws {
        let r = try gazetteer.resolve(input)
        #expect(r.unit.name == expected)
        #expect(r.unit.type == type)
    }

    @Test("NFD input resolves like NFC and the canonical name comes back in NFC")
    func nfd() throws {
        let nfd = "Thu\u{31B}\u{300}a Thie\u{302}n Hue\u{302}\u{301}"
        #expect(nfd.unicodeScalars.count == 19)
        let r = try gazetteer.resolve(nfd)
        #expect(r.unit.name == "Thừa Thiên Huế")
        #expect(r.unit.name.unicodeScalars.count == 14)
        #expect(r.rule == .canonical)
    }

    @Test("old and new tone-mark placement, Ð (U+00D0) and đ without diacritics")
    func toneMarks() throws {
        #expect(try gazetteer.resolve("Hoà Bình").unit.name == "Hòa Bình")
        #expect(try gazetteer.resolve("Hòa Bình").unit.name == "Hòa Bình")
        #expect(try gazetteer.resolve("Khánh Hoà").unit.name == "Khánh Hòa")
        #expect(try gazetteer.resolve("Nam \u{00D0}ịnh").unit.name == "Nam Định")
        #expect(try gazetteer.resolve("Dak Lak").unit.name == "Đắk Lắk")
        #expect(try gazetteer.resolve("da nang").unit.name == "Đà Nẵng")
    }

    @Test("Thừa Thiên Huế is a city from 2025")
    func hue() throws {
        #expect(try gazetteer.resolve("Thừa Thiên Huế", year: 2024).unit.type == .province)
        #expect(try gazetteer.resolve("Huế", year: 2025).unit.type == .city)
        #expect(try gazetteer.resolve("Huế", year: 2025).unit.name == "Thừa Thiên Huế")
    }

    @Test("clusters by Arabic or Roman number", arguments: [
        ("Cụm thi đua số II", 2), ("cụm 2", 2), ("Cụm thi đua số 5 - Bộ Công an", 5), ("cum thi dua so IX", 9),
        ("Cụm thi đua số 1", 1),
    ])
    func clusters(input: String, number: Int) throws {
        let r = try gazetteer.resolve(input)
        #expect(r.unit == .cluster(number))
        #expect(r.rule == .cluster)
    }

    @Test("national and free names")
    func freeNames() throws {
        #expect(try gazetteer.resolve("Toàn quốc").unit == .national)
        #expect(try gazetteer.resolve("huyện Thái Thụy", as: .district).unit.name == "Thái Thụy")
        #expect(try gazetteer.resolve("Quận 1", as: .district).unit.name == "1")
        #expect(try gazetteer.resolve("5 tỉnh Tây Nguyên", as: .region).unit.name == "5 tỉnh Tây Nguyên")
    }

    @Test("unknown names list the closest candidates")
    func unknown() {
        #expect(throws: UnitResolutionError(kind: .unknown, input: "Hà Nộii", candidates: ["Hà Nội", "Hà Nam", "Hà Tĩnh"])) {
            try gazetteer.resolve("Hà Nộii")
        }
        do {
            _ = try gazetteer.resolve("Atlantis")
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .unknown)
            #expect(error.candidates.count == 3)
            #expect(error.description.hasPrefix("unknown unit \"Atlantis\" (closest: "))
        }
    }

    @Test("cluster membership by year")
    func membership() {
        #expect(gazetteer.members(ofCluster: 2, year: 2020)
                == ["Cao Bằng", "Điện Biên", "Hà Giang", "Lai Châu", "Lạng Sơn", "Lào Cai", "Sơn La"])
        #expect(gazetteer.members(ofCluster: 2, year: 2024) == ["Điện Biên", "Lai Châu", "Lào Cai", "Sơn La", "Yên Bái"])
        #expect(gazetteer.members(ofCluster: 1, year: 2022) == ["Cần Thơ", "Đà Nẵng", "Hà Nội", "Hải Phòng", "Hồ Chí Minh"])
        #expect(gazetteer.members(ofCluster: 42, year: 2020).isEmpty)
    }

    @Test("the 2025 crosswalk")
    func crosswalk() {
        #expect(gazetteer.unitAfterReorganisation(of: "Hà Giang") == "Tuyên Quang")
        #expect(gazetteer.unitAfterReorganisation(of: "Ninh Thuận") == nil)  // no reliable source states it
        #expect(gazetteer.mergers.count == 60)
    }
}

@Suite("Matching keys")
struct FoldedKeyTests {
    @Test("diacritics, case, punctuation and đ fold away; NFC and NFD give the same key", arguments: [
        ("Thừa Thiên - Huế", "thua thien hue"), ("TP.HCM", "tp hcm"), ("Ðắk Lắk", "dak lak"), ("ĐẮK NÔNG", "dak nong"),
        ("Hoà Bình", "hoa binh"), ("Hòa Bình", "hoa binh"), ("Thuỵ", "thuy"), ("Thụy", "thuy"), ("Cụm thi đua số II", "cum thi dua so ii"),
        ("Bà Rịa–Vũng Tàu", "ba ria vung tau"), ("Ç'est 12", "c est 12"),
    ])
    func folds(input: String, key: String) {
        #expect(VietnameseText.foldedKey(input) == key)
        #expect(VietnameseText.foldedKey(input.decomposedStringWithCanonicalMapping) == key)
    }
}
