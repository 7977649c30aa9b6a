fn main() {
    let v: Vec<i32> = Vec::new();
    let a = 1;
    let b = 2;
    let c = 3;
    let d = 4;
    let e = 5;
    let f = 6;
    let g = 7;
    let h: i32 = "ten";
    println!("{v:?}{a}{b}{c}{d}{e}{f}{g}{h}");
}
