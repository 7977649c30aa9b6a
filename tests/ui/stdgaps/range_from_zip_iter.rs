fn main() {
    let names = vec![String::from("ada"), String::from("bo")];
    for (i, name) in (0..).zip(names.iter()) {
        println!("{} {}", i, name);
    }
    let s = "ferrite";
    println!("{} {}", &s[3..], &s[..]);
    let mut it = 5u8..;
    println!("{:?} {:?}", it.next(), it.next());
}
