fn main() {
    println!("{:?}", std::str::from_utf8(b"hey"));
    let raw = vec![0x61, 0x62, 0xe2, 0x82];
    match std::str::from_utf8(&raw) {
        Ok(s) => println!("{}", s),
        Err(e) => println!("{} / {} / {:?}", e, e.valid_up_to(), e.error_len()),
    }
}
