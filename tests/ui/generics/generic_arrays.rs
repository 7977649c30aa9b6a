// Generic parameters inside array and tuple types.
fn repeat3<T>(a: T, b: T, c: T) -> [T; 3] {
    [a, b, c]
}

fn last<T>(arr: [T; 3]) -> T {
    let [_, _, z] = arr;
    z
}

fn main() {
    let a = repeat3(1, 2, 3);
    println!("{:?} {}", a, last(a));
    println!("{}", last(repeat3("x", "y", "z")));
}
