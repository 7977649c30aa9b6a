//@ mode: run
// Shadowing lets one name change its type step by step.
fn main() {
    let spaces = "   ";
    println!("[{spaces}]");
    let spaces = 3;
    let spaces = spaces * 2;
    println!("spaces = {spaces}");
    let ratio = spaces as f64 / 4.0;
    let ratio = ratio > 1.0;
    println!("ratio = {ratio}");
    let x = 5;
    {
        let x = x * 10;
        println!("inner x = {}", x);
    }
    println!("outer x = {}", x);
}
