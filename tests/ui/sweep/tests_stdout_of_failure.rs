//@ mode: test
// A failing test's println! output appears under its name; passing ones stay quiet.
fn triangle(n: u32) -> u32 {
    let mut sum = 0;
    for i in 1..n {
        sum += i;
    }
    sum
}

#[test]
fn triangle_of_four() {
    let t = triangle(4);
    println!("triangle(4) = {}", t);
    eprintln!("note: expecting 10");
    assert_eq!(t, 10);
}

#[test]
fn triangle_of_one() {
    println!("this line is captured and hidden");
    assert_eq!(triangle(1), 0);
}
