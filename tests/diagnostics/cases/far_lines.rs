fn main() {
    let s = String::from("x");
    let t = s;
    let a = 1;
    let b = 2;
    let c = 3;
    let d = 4;
    let e = 5;
    println!("{a}{b}{c}{d}{e}{t}");
    println!("{}", s);
}
