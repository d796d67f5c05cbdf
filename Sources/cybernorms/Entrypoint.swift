import NormsServer

/// The executable only hands over to the command line of `NormsServer`.
@main
enum Entrypoint {
    static func main() async {
        await Cybernorms.main()
    }
}
