fn main() {
    let s = String::from("a");
    let t: &str = "b";
    let v = vec![String::from("a"), String::from("b")];
    let rs = &s;
    println!("{} {} {}", rs == &t, &s != &t, rs == &"a");
    println!("{:?}", v.iter().position(|x| x == &t));
    println!("{:?}", v.iter().filter(|x| *x != "a").collect::<Vec<_>>());
    let words = ["a", "c"];
    println!("{}", words.iter().any(|w| w == &s));
}
