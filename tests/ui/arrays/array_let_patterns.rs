// Destructuring arrays with `let`: all elements, `..`, and `rest @ ..`.
fn main() {
    let rgb = [255, 128, 0];
    let [r, g, b] = rgb;
    println!("{} {} {}", r, g, b);
    let days = ["mon", "tue", "wed", "thu", "fri"];
    let [first, .., last] = days;
    println!("{} {}", first, last);
    let [head, rest @ ..] = days;
    println!("{} {:?} {}", head, rest, rest.len());
    let [.., x, y] = [1.5, 2.5, 3.5];
    println!("{} {}", x, y);
    let [a, mid @ .., z] = [1, 2, 3, 4];
    println!("{} {:?} {}", a, mid, z);
    let [[p, q], [s, t]] = [[1, 2], [3, 4]];
    println!("{}", p * t - q * s);
}
