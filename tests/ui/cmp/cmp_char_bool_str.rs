fn main() {
    println!("{:?}", 'a'.cmp(&'b'));
    println!("{:?}", true.cmp(&false));
    println!("{:?}", "apple".cmp("banana"));
    let s = String::from("kiwi");
    let t = String::from("fig");
    println!("{:?}", s.cmp(&t));
    println!("{:?}", s.partial_cmp(&t));
    println!("{}", 'x'.max('c'));
    println!("{}", 'x'.min('c'));
    println!("{}", s.max(t));
}
