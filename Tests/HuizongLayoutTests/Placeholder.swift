import XCTest
final class PlaceholderLayoutTests: XCTestCase {}
