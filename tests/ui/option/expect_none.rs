fn main() {
    let settings: [Option<u16>; 2] = [Some(8080), None];
    let port = settings[0].expect("port is configured");
    println!("port {port}");
    let timeout = settings[1].expect("timeout is configured");
    println!("timeout {timeout}");
}
