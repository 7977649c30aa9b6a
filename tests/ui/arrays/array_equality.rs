// == and != on arrays compare element by element.
#[derive(Debug, PartialEq)]
struct Cell {
    alive: bool,
}

fn main() {
    let a = [1, 2, 3];
    let b = [1, 2, 3];
    let c = [1, 2, 4];
    println!("{} {} {}", a == b, a == c, a != c);
    let g1 = [[1, 0], [0, 1]];
    let g2 = [[1, 0], [0, 1]];
    println!("{}", g1 == g2);
    let cells = [Cell { alive: true }, Cell { alive: false }];
    println!("{}", cells == [Cell { alive: true }, Cell { alive: false }]);
    assert_eq!(a, b);
    assert_ne!(a, c);
    let nan = [f64::NAN];
    println!("{} {}", nan == nan, [0.0] == [-0.0]);
    println!("{}", ["x", "y"] == ["x", "y"]);
}
