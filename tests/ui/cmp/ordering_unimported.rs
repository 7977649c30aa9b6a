fn main() {
    let o = 1.cmp(&2);
    match o {
        Ordering::Less => println!("less"),
        _ => println!("other"),
    }
}
