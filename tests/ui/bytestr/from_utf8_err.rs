fn main() {
    let bad = String::from_utf8(vec![0x61, 0xff, 0x41]);
    println!("{:?}", bad);
    match String::from_utf8(vec![0xc3, 0x28]) {
        Ok(s) => println!("ok {}", s),
        Err(e) => {
            println!("error: {}", e);
            println!("{:?}", e.into_bytes());
        }
    }
}
