// Unused closure parameters and variables, and needless `mut`, are warned about.
fn main() {
    let pick = |x: i32, y: i32| {
        let z = 3;
        x
    };
    let mut g = |a: i32| a * 2;
    let mut n = 1;
    let h = move || n;
    println!("{} {} {}", pick(1, 2), g(3), h());
}
