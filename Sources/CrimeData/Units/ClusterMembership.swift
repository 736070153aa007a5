/// A statement that a provincial unit belonged to an emulation cluster in a year.
public struct ClusterMembership: Hashable, Sendable {
    /// The cluster number N of "Cụm thi đua số N".
    public let cluster: Int
    public let year: Int
    /// Canonical provincial unit name.
    public let unit: String
    public let source: String

    public init(cluster: Int, year: Int, unit: String, source: String) {
        self.cluster = cluster
        self.year = year
        self.unit = unit
        self.source = source
    }
}
