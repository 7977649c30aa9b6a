fn main() {
    let r: Result<u8, &str> = Err("disk full");
    let n = r.expect("saving the file");
    println!("{n}");
}
