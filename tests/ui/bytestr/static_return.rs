fn magic() -> &'static [u8] {
    b"RIFF"
}

fn header(kind: u8) -> &'static [u8; 2] {
    if kind == 0 { b"P1" } else { b"P2" }
}

fn main() {
    println!("{:?}", magic());
    println!("{:?} {:?}", header(0), header(1));
}
