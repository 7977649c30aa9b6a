// Arrays passed to and returned from functions, inside tuples, structs and enums.
#[derive(Debug)]
struct Team {
    name: &'static str,
    scores: [u32; 3],
}

#[derive(Debug, Clone, Copy)]
enum Shape {
    Triangle([(i32, i32); 3]),
    Segment { ends: [i32; 2] },
}

fn total(xs: [u32; 3]) -> u32 {
    xs[0] + xs[1] + xs[2]
}

fn doubled(mut xs: [u32; 3]) -> [u32; 3] {
    for i in 0..3 {
        xs[i] *= 2;
    }
    xs
}

fn split(v: [i32; 4]) -> ([i32; 2], [i32; 2]) {
    ([v[0], v[1]], [v[2], v[3]])
}

fn main() {
    let t = Team { name: "owls", scores: [3, 4, 5] };
    println!("{} {}", t.name, total(t.scores));
    println!("{:?}", doubled(t.scores));
    println!("{:?}", t);
    let (a, b) = split([1, 2, 3, 4]);
    println!("{:?} {:?}", a, b);
    let shapes = [Shape::Triangle([(0, 0), (1, 0), (0, 1)]), Shape::Segment { ends: [5, 9] }];
    println!("{:?}", shapes);
    for i in 0..2 {
        match shapes[i] {
            Shape::Triangle(pts) => println!("{}", pts[2].1),
            Shape::Segment { ends } => println!("{}", ends[1] - ends[0]),
        }
    }
}
