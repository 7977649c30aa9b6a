//@ mode: check
fn main() {
    for i in 0..3 {
        println!("tick");
    }
    let mut last = 0;
    for j in 0..5 {
        last = j;
    }
    println!("{}", last);
}
